package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Meeting;
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
        List<Meeting> held = e.meetings().stream().filter(m -> m.status() == Status.HELD).collect(Collectors.toList());
        assertEquals(3, held.size(), e.meetings().toString());
        String[] others = {"DiCarlo", "Lacroix", "Khare"};
        for (int i = 0; i < 3; i++) {
            Meeting m = held.get(i);
            assertEquals(2, m.participants().size());
            assertEquals("Sergey Vershinin", m.participants().get(0).name());
            assertEquals("RU", m.participants().get(0).country());
            assertTrue(m.participants().get(1).name().endsWith(others[i]));
            assertEquals("UN", m.participants().get(1).country());
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
        assertEquals("UN Under-Secretary-General for Political and Peacebuilding Affairs", held.get(0).participants().get(1).title());
        assertEquals("Deputy Foreign Minister", held.get(0).participants().get(0).title());
        assertEquals("Ministry of Foreign Affairs of Russia", held.get(0).participants().get(0).organization());
        List<Meeting> planned = e.meetings().stream().filter(m -> m.status() == Status.PLANNED).collect(Collectors.toList());
        assertEquals(1, planned.size());
        assertTrue(planned.get(0).participants().get(0).name().contains("Lavrov"));
        assertTrue(planned.get(0).participants().get(1).name().contains("Guterres"));
        assertEquals(4, e.meetings().size());
        Set<String> codes = e.topics().countries().stream().map(Enrichment.Country::code).collect(Collectors.toSet());
        assertEquals(Set.of("AF", "SY", "LY", "PS", "IL", "CF", "ML"), codes);
        assertTrue(e.topics().themes().contains("peacekeeping"));
        assertTrue(e.topics().themes().contains("covid-19"));
    }
}
