package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.fail;

import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import java.util.Arrays;
import java.util.List;

/** Finds meetings and participants by what they are, not by their position in the output. */
final class Outputs {
    private Outputs() {}

    /** The one meeting whose named participants include all of these surnames (or full names). */
    static Meeting meetingOf(Enrichment e, String... names) {
        List<Meeting> found = e.meetings().stream()
                .filter(m -> Arrays.stream(names).allMatch(n -> m.participants().stream().anyMatch(p -> named(p, n))))
                .toList();
        if (found.size() != 1) fail(found.size() + " meetings of " + Arrays.toString(names) + " in " + e.meetings());
        return found.get(0);
    }

    /** The participant of the meeting with this surname (or full name). */
    static Participant participant(Meeting m, String name) {
        return m.participants().stream().filter(p -> named(p, name)).findFirst()
                .orElseGet(() -> fail("no participant " + name + " in " + m.participants()));
    }

    /** The participant without a name that stands for this country or body code. */
    static Participant side(Meeting m, String code) {
        return m.participants().stream().filter(p -> p.name() == null && (code.equals(p.country()) || code.equals(p.body()))).findFirst()
                .orElseGet(() -> fail("no unnamed side " + code + " in " + m.participants()));
    }

    private static boolean named(Participant p, String name) {
        return p.name() != null && (p.name().equals(name) || p.name().endsWith(" " + name));
    }
}
