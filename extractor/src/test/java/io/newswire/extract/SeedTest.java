package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import io.newswire.extract.Enrichment.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The user's seed article (a test resource copy of seeds/000_bbb0b054668ebffa.txt). */
class SeedTest {
    static String seed() throws IOException {
        try (InputStream in = SeedTest.class.getResourceAsStream("/seed/000_bbb0b054668ebffa.txt")) {
            assertNotNull(in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedMeetings() throws IOException {
        Enrichment e = Extractors.standard().extract(new Article("000_bbb0b054668ebffa", seed(), null, null));
        assertEquals(LocalDate.of(2021, 9, 22), e.published());
        assertEquals(4, e.meetings().size(), e.meetings().toString());
        for (String unOfficial : List.of("DiCarlo", "Lacroix", "Khare")) {
            Meeting m = Outputs.meetingOf(e, "Vershinin", unOfficial);
            assertEquals(2, m.participants().size());
            assertEquals("RU", Outputs.participant(m, "Sergey Vershinin").country());
            assertNull(Outputs.participant(m, unOfficial).country());
            assertEquals("UN", Outputs.participant(m, unOfficial).body());
            assertEquals(Status.HELD, m.status());
            assertEquals(Kind.IN_PERSON, m.kind());
            assertEquals(LocalDate.of(2021, 9, 21), m.date());
            assertEquals("New York", m.location().city());
            assertEquals("US", m.location().country());
            assertEquals("Northern America", m.location().subregion());
            assertEquals("044", m.cameo());
            assertTrue(!m.evidence().isEmpty());
            var ev = m.evidence().get(0);
            assertEquals(ev.text(), seed().substring(ev.start(), ev.end()));
        }
        Meeting withDiCarlo = Outputs.meetingOf(e, "Vershinin", "DiCarlo");
        assertEquals("UN Under-Secretary-General for Political and Peacebuilding Affairs", Outputs.participant(withDiCarlo, "DiCarlo").title());
        Participant vershinin = Outputs.participant(withDiCarlo, "Vershinin");
        assertEquals("Deputy Foreign Minister", vershinin.title());
        assertEquals("Ministry of Foreign Affairs of Russia", vershinin.organization());
        assertEquals(Status.PLANNED, Outputs.meetingOf(e, "Lavrov", "Guterres").status());
        Set<String> codes = e.topics().countries().stream().map(Enrichment.Country::code).collect(Collectors.toSet());
        assertEquals(Set.of("AF", "SY", "LY", "PS", "IL", "CF", "ML"), codes);
        assertTrue(e.topics().themes().contains("peacekeeping"));
        assertTrue(e.topics().themes().contains("covid-19"));
    }
}
