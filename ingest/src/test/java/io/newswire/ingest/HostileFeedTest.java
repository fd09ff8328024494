package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile feeds (issue 8): XML entity bombs and external entities (XXE must be off: no file is ever read
 * into an article), random bytes, truncated XML, huge and pathological items. A bad feed is one rejection
 * with a reason, in bounded time; a bad item is one rejection and the items around it are read.
 */
class HostileFeedTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static FeedServer shared;

    @TempDir
    Path tmp;

    @BeforeContainer
    static void startShared() throws Exception {
        shared = new FeedServer();
    }

    @AfterContainer
    static void stopShared() {
        if (shared != null) {
            shared.close();
        }
    }

    static FeedPoller.Poll poll(FeedServer server, String path, String contentType, String body) {
        server.set(path, FeedServer.Response.feed(contentType, body, null, null));
        FeedPoller poller = new FeedPoller(URI.create(server.url(path)), Fixtures.options());
        return assertTimeoutPreemptively(BOUND, poller::poll);
    }

    static void assertRejectedWithReason(FeedPoller.Poll p) {
        assertEquals(FeedPoller.Status.FAILED, p.status(), "rejected: " + p);
        assertEquals(0, p.articles().size());
        assertEquals(1, p.rejections().size());
        assertFalse(p.rejections().get(0).reason().isBlank());
    }

    @Test
    void billionLaughsIsRejectedQuickly() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        String bomb = dtd + "<rss version=\"2.0\"><channel><title>t</title><item><title>&lol10;</title><description>x</description></item></channel></rss>";
        try (FeedServer server = new FeedServer()) {
            assertRejectedWithReason(poll(server, "/bomb", "application/rss+xml", bomb));
        }
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String[] feeds = {
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>&xxe;</title><description>&xxe;</description></item></channel></rss>",
            "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\"><rss version=\"2.0\"><channel><title>t</title></channel></rss>",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]><rss version=\"2.0\"><channel><title>t</title></channel></rss>",
            "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>t</title>"
                    + "<item><guid>2</guid><title>x</title><description><xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></description></item></channel></rss>",
        };
        try (FeedServer server = new FeedServer()) {
            int i = 0;
            for (String feed : feeds) {
                FeedPoller.Poll p = poll(server, "/xxe" + i++, "application/rss+xml", feed);
                for (RawArticle a : p.articles()) {
                    assertFalse(String.valueOf(a.getBody()).contains("TOP-SECRET") || String.valueOf(a.getHeadline()).contains("TOP-SECRET"),
                            "an external entity was resolved: " + a);
                }
                p.rejections().forEach(r -> assertFalse(r.reason().contains("TOP-SECRET")));
            }
        }
    }

    @Property(tries = 150)
    void randomBytesAreOneRejection(@ForAll @Size(max = 5000) byte[] body) {
        shared.set("/random", new FeedServer.Response(200, "application/rss+xml", new String(body, StandardCharsets.ISO_8859_1), null, null));
        FeedPoller.Poll p = assertTimeoutPreemptively(BOUND,
                () -> new FeedPoller(URI.create(shared.url("/random")), Fixtures.options()).poll());
        assertTrue(p.status() == FeedPoller.Status.FAILED || p.articles().size() + p.rejections().size() >= 0);
        if (p.status() == FeedPoller.Status.FAILED) {
            assertEquals(1, p.rejections().size());
            assertFalse(p.rejections().get(0).reason().isBlank());
        }
    }

    @Property(tries = 100)
    void truncatedFeedsAreOneRejection(@ForAll("cut") int cut) {
        String feed = FeedServer.rss(FeedServer.rssItem("a", "Lavrov met Wang", "Lavrov met Wang in Geneva.", "Mon, 02 Sep 2024 10:00:00 GMT"),
                FeedServer.rssItem("b", "Talks", "Talks in Beijing.", "Mon, 02 Sep 2024 11:00:00 GMT"));
        String body = feed.substring(0, Math.min(cut, feed.length()));
        shared.set("/cut", FeedServer.Response.feed("application/rss+xml", body, null, null));
        FeedPoller.Poll p = assertTimeoutPreemptively(BOUND, () -> new FeedPoller(URI.create(shared.url("/cut")), Fixtures.options()).poll());
        if (cut < feed.length() - 2) {
            assertEquals(FeedPoller.Status.FAILED, p.status(), "a truncated feed is rejected, not half-read");
        }
        p.rejections().forEach(r -> assertFalse(r.reason().isBlank()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> cut() {
        return net.jqwik.api.Arbitraries.integers().between(0, 900);
    }

    @Test
    void badItemsAreRejectedAndTheItemsAroundThemRead() throws Exception {
        String feed = FeedServer.rss(
                FeedServer.rssItem("before", "Lavrov met Wang", "Lavrov met Wang in Geneva.", "Mon, 02 Sep 2024 10:00:00 GMT"),
                "<item><guid>empty</guid></item>",
                FeedServer.rssItem("huge-html", "", "<p>x</p>" + "<!--".repeat(100_000), "Mon, 02 Sep 2024 10:00:00 GMT"),
                FeedServer.rssItem("names", "Names", "Lavrov met " + "Wang Yi, ".repeat(5000) + "in Geneva.", "Mon, 02 Sep 2024 10:00:00 GMT"),
                FeedServer.rssItem("after", "Talks", "Talks in Beijing.", "Mon, 02 Sep 2024 11:00:00 GMT"));
        try (FeedServer server = new FeedServer()) {
            FeedPoller.Poll p = poll(server, "/mixed", "application/rss+xml", feed);
            assertEquals(FeedPoller.Status.UPDATED, p.status());
            List<String> ids = p.articles().stream().map(RawArticle::getId).toList();
            assertTrue(ids.containsAll(List.of("before", "after", "names")), ids.toString());
            assertEquals(5, p.articles().size() + p.rejections().size(), "one outcome per item: " + ids + " " + p.rejections());
            assertTrue(p.rejections().stream().anyMatch(r -> r.input().contains("empty") && !r.reason().isBlank()), p.rejections().toString());
        }
    }

    @Test
    void aFuzzCorpusOfMutatedFeedsNeverHangsOrThrows() throws Exception {
        String base = FeedServer.rss(FeedServer.rssItem("a", "Lavrov met Wang", "<p>Lavrov met <b>Wang</b> in Geneva.</p>", "Mon, 02 Sep 2024 10:00:00 GMT"),
                FeedServer.rssItem("b", "Talks", "Talks in Beijing &amp; Moscow.", "Mon, 02 Sep 2024 11:00:00 GMT"));
        String atom = FeedServer.atom(FeedServer.atomEntry("urn:1", "Visit", "<p>Wang visited Moscow.</p>", "2024-03-02T10:00:00Z"));
        Random random = new Random(88);
        String[] inserts = {"<", ">", "&", "&#0;", "&#xD800;", "]]>", "<![CDATA[", "<!DOCTYPE x>", "\u0000", "\uFFFE", "<?xml?>", "'", "\"",
            "<item>", "</item>", "</channel>", "<!--", "xmlns:a=\"b\"", "&unknown;", "<a b=>", "\u202E"};
        int cases = 0;
        try (FeedServer server = new FeedServer()) {
            for (int i = 0; i < 300; i++) {
                StringBuilder doc = new StringBuilder(i % 2 == 0 ? base : atom);
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    int at = random.nextInt(doc.length());
                    if (random.nextBoolean()) {
                        doc.insert(at, inserts[random.nextInt(inserts.length)]);
                    } else {
                        doc.delete(at, Math.min(doc.length(), at + 1 + random.nextInt(20)));
                    }
                }
                FeedPoller.Poll p = poll(server, "/fuzz", i % 2 == 0 ? "application/rss+xml" : "application/atom+xml", doc.toString());
                if (p.status() == FeedPoller.Status.FAILED) {
                    assertEquals(1, p.rejections().size());
                }
                p.rejections().forEach(r -> assertFalse(r.reason().isBlank()));
                cases++;
            }
        }
        assertEquals(300, cases);
    }
}
