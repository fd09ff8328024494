package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One case per rule, with invented sentences. */
class RulesTest {
    static final Extractor X = Extractors.standard();

    static Enrichment run(String text) {
        return X.extract(new Article("t", text, null, null));
    }

    static List<String> names(Meeting m) {
        return m.participants().stream().map(p -> p.name() != null ? p.name() : p.country() != null ? p.country() : p.body()).collect(Collectors.toList());
    }

    static boolean hasName(Meeting m, String surname) {
        return m.participants().stream().anyMatch(p -> p.name() != null && p.name().contains(surname));
    }

    @Test
    void separateMeetingsAreSeparate() {
        Enrichment e = run(" date 2030-03-15 Foreign Minister Tomas Pellinger of Austria held separate meetings on Friday "
                + "with Norwegian Foreign Minister Ingrid Solberg, Chilean Foreign Minister Pablo Arancibia and "
                + "Kenyan Foreign Minister Daniel Kiprotich.");
        assertEquals(3, e.meetings().size(), e.toString());
        for (Meeting m : e.meetings()) assertTrue(hasName(m, "Pellinger"));
    }

    @Test
    void multilateralMeetingIsOne() {
        Enrichment e = run(" date 2030-03-15 Foreign Minister Ana Duarte gathered Polish Foreign Minister Jan Wrobel and "
                + "Czech Foreign Minister Petr Hruby together for a trilateral meeting on Thursday.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(3, e.meetings().get(0).participants().size());
    }

    @Test
    void coreferenceBySurnameAndRole() {
        Enrichment e = run(" date 2030-05-10 Russian Deputy Foreign Minister Ivan Petrovsky met with UN Under-Secretary-General "
                + "for Peace Operations Marc Delorme on Monday in Geneva.\n\n"
                + "Later, the Russian senior diplomat also held talks with UN High Commissioner Ruth Akande.\n\n"
                + "Petrovsky met Brazilian Ambassador Paulo Ramos as well.");
        assertEquals(3, e.meetings().size(), e.toString());
        for (Meeting m : e.meetings()) assertTrue(hasName(m, "Petrovsky"), names(m).toString());
        Meeting inGeneva = Outputs.meetingOf(e, "Petrovsky", "Delorme");
        assertEquals("RU", Outputs.participant(inGeneva, "Petrovsky").country());
        assertNull(Outputs.participant(inGeneva, "Delorme").country());
        assertEquals("UN", Outputs.participant(inGeneva, "Delorme").body());
    }

    @Test
    void statusPlanned() {
        Enrichment e = run(" date 2030-05-10 Irish Foreign Minister Sean Gallagher will meet Egyptian Foreign Minister "
                + "Omar Fathy next month.");
        assertEquals(Status.PLANNED, e.meetings().get(0).status());
        assertNull(e.meetings().get(0).date());
    }

    @Test
    void statusCancelled() {
        Enrichment e = run("Cairo called off a planned meeting between Foreign Minister Omar Fathy and his Irish counterpart "
                + "Sean Gallagher.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(Status.CANCELLED, e.meetings().get(0).status());
    }

    @Test
    void statusDenied() {
        Enrichment e = run(" date 2030-05-10 The ministry said there are no plans for President Lina Morales and "
                + "President Tomas Varga to hold a summit.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(Status.DENIED, e.meetings().get(0).status());
    }

    @Test
    void kindCallAndVideo() {
        Enrichment call = run(" date 2030-05-10 Foreign Minister Ana Duarte of Portugal held a phone conversation on Tuesday "
                + "with Greek Foreign Minister Nikos Andreou.");
        assertEquals(Kind.CALL, call.meetings().get(0).kind());
        assertNull(call.meetings().get(0).location());
        assertEquals(LocalDate.of(2030, 5, 7), call.meetings().get(0).date());
        Enrichment video = run(" date 2030-05-10 Foreign Minister Ana Duarte of Portugal held talks by video link with "
                + "Greek Foreign Minister Nikos Andreou.");
        assertEquals(Kind.VIDEO, video.meetings().get(0).kind());
        Enrichment met = run(" date 2030-05-10 Foreign Minister Ana Duarte of Portugal met Greek Foreign Minister "
                + "Nikos Andreou in Athens on Wednesday.");
        assertEquals(Kind.IN_PERSON, met.meetings().get(0).kind());
        assertEquals("Athens", met.meetings().get(0).location().city());
        assertEquals("GR", met.meetings().get(0).location().country());
        assertEquals("042", met.meetings().get(0).cameo());
    }

    @Test
    void relativeDates() {
        Enrichment y = run(" date 2030-05-10 Yesterday, Foreign Minister Ana Duarte of Portugal met Greek Foreign Minister "
                + "Nikos Andreou.");
        assertEquals(LocalDate.of(2030, 5, 9), y.meetings().get(0).date());
        Enrichment explicit = run(" date 2030-01-03 Foreign Minister Ana Duarte of Portugal met Greek Foreign Minister "
                + "Nikos Andreou on December 30.");
        assertEquals(LocalDate.of(2029, 12, 30), explicit.meetings().get(0).date());
        Enrichment noYear = run("On Friday, Foreign Minister Ana Duarte of Portugal met Greek Foreign Minister Nikos Andreou.");
        assertNull(noYear.meetings().get(0).date());
        Enrichment vague = run(" date 2030-05-10 Foreign Minister Ana Duarte of Portugal met Greek Foreign Minister "
                + "Nikos Andreou in June.");
        assertNull(vague.meetings().get(0).date());
    }

    @Test
    void venues() {
        Enrichment e = run(" date 2030-09-24 Spanish Foreign Minister Luis Navarro met Kenyan Foreign Minister Daniel "
                + "Kiprotich on the sidelines of the UN General Assembly on Tuesday.");
        Meeting m = e.meetings().get(0);
        assertEquals("New York", m.location().city());
        assertEquals("US", m.location().country());
        assertEquals("Americas", m.location().region());
        assertEquals("Northern America", m.location().subregion());
        assertEquals("044", m.cameo());
    }

    @Test
    void datelineGivesVenueAndDate() {
        Enrichment e = run("NAIROBI, March 4 (Xinhua) -- On Tuesday, Kenyan President Peter Mwangi held talks with "
                + "Chinese Vice Premier Zhou Ming.\n\nUpdated: 2031-03-05");
        Meeting m = e.meetings().get(0);
        assertEquals("KE", m.location().country());
        assertEquals(LocalDate.of(2031, 3, 4), m.date());
    }

    @Test
    void furnitureProducesNoEntities() {
        Enrichment e = run(" date 2030-02-02 MOSCOW, February 2. /TASS/. By Ivan Smirnov\n\nShare\n\nPrint the page\n\n"
                + "Updated: 2030-02-02 10:00\n\nThe weather was mild.");
        assertTrue(e.meetings().isEmpty());
        assertTrue(e.topics().countries().isEmpty(), e.topics().toString());
        assertEquals(LocalDate.of(2030, 2, 2), e.published());
    }

    @Test
    void spokespersonsAreNotParticipants() {
        Enrichment e = run(" date 2030-05-10 Foreign Ministry spokeswoman Maria Ilyina said that Foreign Minister "
                + "Oleg Arkhipov of Russia met Indian Foreign Minister Ravi Menon on Monday.");
        assertEquals(1, e.meetings().size());
        assertFalse(names(e.meetings().get(0)).stream().anyMatch(n -> n.contains("Ilyina")));
    }

    @Test
    void unnamedSides() {
        Enrichment e = run(" date 2030-05-10 On Wednesday, Foreign Minister Oleg Arkhipov of Russia held meetings with "
                + "his counterparts from Peru, Ghana and Nepal, and with the secretary-general of the Arab League.");
        assertEquals(4, e.meetings().size(), e.toString());
        Meeting withTheArabLeague = e.meetings().stream()
                .filter(m -> m.participants().stream().anyMatch(p -> "ARAB_LEAGUE".equals(p.body()))).findFirst().orElseThrow();
        assertNull(Outputs.side(withTheArabLeague, "ARAB_LEAGUE").name());
        assertEquals("Oleg Arkhipov", withTheArabLeague.participants().stream().filter(p -> p.name() != null).findFirst().orElseThrow().name());
    }

    @Test
    void historicalMeetingWithItsOwnDate() {
        Enrichment e = run(" date 2030-05-10 On Friday, Foreign Minister Oleg Arkhipov of Russia met Indian Foreign "
                + "Minister Ravi Menon in Delhi. Their meeting followed an earlier get-together in Moscow on March 3.");
        assertEquals(2, e.meetings().size(), e.toString());
        Meeting earlier = e.meetings().stream().filter(m -> LocalDate.of(2030, 3, 3).equals(m.date())).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting on March 3: " + e));
        assertEquals(Status.HELD, earlier.status());
        assertEquals("Moscow", earlier.location().city());
    }

    @Test
    void failedCallsAndPossibleSummitsAreNotMeetings() {
        Enrichment e = run(" date 2030-05-10 President Lina Morales raised the possibility of talks with President "
                + "Tomas Varga, but gave no date. Pyongyang rejected an offer of talks.");
        assertTrue(e.meetings().isEmpty(), e.toString());
    }

    @Test
    void topicsSituationTerritoryAndRegions() {
        Enrichment e = run(" date 2030-05-10 Foreign Minister Oleg Arkhipov of Russia met Indian Foreign Minister "
                + "Ravi Menon. They discussed the situation in Sudan and Gaza, the Korean Peninsula and "
                + "counterterrorism.");
        List<String> codes = e.topics().countries().stream().map(Enrichment.Country::code).collect(Collectors.toList());
        assertTrue(codes.contains("SD"), codes.toString());
        assertTrue(codes.contains("PS"), codes.toString());
        assertFalse(codes.contains("RU"), codes.toString());
        assertFalse(codes.contains("IN"), codes.toString());
        assertEquals("Africa", e.topics().countries().get(codes.indexOf("SD")).region());
        assertTrue(e.topics().regions().stream().anyMatch(r -> r.countries().contains("KP")));
        assertTrue(e.topics().themes().contains("counterterrorism"), e.topics().themes().toString());
    }

    @Test
    void deterministic() {
        String s = " date 2030-05-10 Foreign Minister Oleg Arkhipov of Russia met Indian Foreign Minister Ravi Menon.";
        assertEquals(run(s), run(s));
    }
}
