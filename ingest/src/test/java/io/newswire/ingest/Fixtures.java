package io.newswire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test inputs. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    static final String TASS = " date 2021-09-22 MOSCOW, September 22. /TASS/. Deputy Foreign Minister Arkady Varnakov"
            + " held talks with UN Under-Secretary-General Margaret Ashworth on Tuesday.\n\n"
            + "\"The sides exchanged views on regional issues,\" the ministry said.\n";

    static final String XINHUA = " date 2023-10-27 First day of talks between two ministers\n\n"
            + "WASHINGTON, Oct. 26 (Xinhua) -- Liang Qinghua sat down on Thursday in Washington for talks with"
            + " Secretary of State Douglas Pemberton.\n";

    static final String NO_DATE = "Kenyan president receives delegation, discusses friendly ties\n\n"
            + "14:06, March 28, 2012\n\n"
            + "NAIROBI, March 27 (Xinhua) -- On Tuesday, President Otieno Kamau held a meeting with a delegation.\n";

    private Fixtures() {
    }

    static ArticleReader.Options options() {
        return ArticleReader.Options.defaults().withClock(CLOCK);
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's seeds/ folder (tests run in the module folder). */
    static Path seeds() {
        Path p = Path.of("..", "seeds");
        return Files.isDirectory(p) ? p : Path.of("seeds");
    }

    /** The dev set's articles folder, or null when shared/ is not beside the checkout. */
    static Path devArticles() {
        String shared = System.getProperty("newswire.shared.dir");
        Path p = shared != null ? Path.of(shared, "eval", "dev", "articles") : Path.of("..", "..", "shared", "eval", "dev", "articles");
        return Files.isDirectory(p) ? p : null;
    }
}
