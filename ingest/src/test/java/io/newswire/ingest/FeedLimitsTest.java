package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, ways 3 and 4, at the level of one poll: a feed nesting 10,000 elements (a StackOverflowError
 * in jdom2 before) and a server that trickles its body (ingest hung before) are each one rejection, in
 * bounded time, served by real HTTP servers on 127.0.0.1.
 */
class FeedLimitsTest {
    static String nestedRss(int depth) {
        return FeedServer.rss(FeedServer.rssItem("ok-before", "Talks", "Talks in Geneva.", "Mon, 02 Sep 2024 10:00:00 GMT"),
                "<item><guid>nested</guid><title>Deep</title><description>d</description><x:a xmlns:x=\"urn:x\">"
                        + "<x:a>".repeat(depth) + "</x:a>".repeat(depth) + "</x:a></item>");
    }

    static String nestedAtomXhtml(int depth) {
        return FeedServer.atom("<entry><id>urn:deep</id><title>Deep</title><updated>2024-03-02T10:00:00Z</updated>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + "<div>".repeat(depth)
                + "Wang met Lavrov." + "</div>".repeat(depth) + "</div></content></entry>");
    }

    @Test
    void tenThousandNestedElementsAreOneRejectionNotAStackOverflow() throws Exception {
        try (FeedServer server = new FeedServer()) {
            for (String[] feed : new String[][] {{"/rss", nestedRss(10_000)}, {"/atom", nestedAtomXhtml(10_000)}}) {
                server.set(feed[0], FeedServer.Response.feed("application/xml", feed[1], null, null));
                FeedPoller.Poll p = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> new FeedPoller(URI.create(server.url(feed[0])), Fixtures.options()).poll());
                assertEquals(FeedPoller.Status.FAILED, p.status(), feed[0] + ": " + p);
                assertEquals(1, p.rejections().size());
                assertEquals(server.url(feed[0]), p.rejections().get(0).input());
                assertTrue(p.rejections().get(0).reason().contains("nests elements more than " + FeedPoller.MAX_ELEMENT_DEPTH + " deep"),
                        p.rejections().toString());
            }
        }
    }

    @Test
    void nestingUnderTheCapIsStillRead() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.set("/atom", FeedServer.Response.feed("application/atom+xml", nestedAtomXhtml(200), null, null));
            FeedPoller.Poll p = new FeedPoller(URI.create(server.url("/atom")), Fixtures.options()).poll();
            assertEquals(FeedPoller.Status.UPDATED, p.status(), p.toString());
            assertEquals(1, p.articles().size());
            assertTrue(p.articles().get(0).getBody().toString().contains("Wang met Lavrov."), p.articles().toString());
        }
    }

    @Test
    void tooManyElementsAreOneRejection() throws Exception {
        try (FeedServer server = new FeedServer()) {
            String flat = FeedServer.rss("<item><guid>many</guid><title>Many</title><description>d</description><x:l xmlns:x=\"urn:x\">"
                    + "<x:e/>".repeat(FeedPoller.MAX_ELEMENTS) + "</x:l></item>");
            server.set("/many", FeedServer.Response.feed("application/rss+xml", flat, null, null));
            FeedPoller.Poll p = new FeedPoller(URI.create(server.url("/many")), Fixtures.options()).poll();
            assertEquals(FeedPoller.Status.FAILED, p.status());
            assertTrue(p.rejections().get(0).reason().contains("more than " + FeedPoller.MAX_ELEMENTS + " elements"), p.toString());
        }
    }

    @Test
    void itemHtmlFarOverMaxBytesIsRejectedBeforeConversion() throws Exception {
        try (FeedServer server = new FeedServer()) {
            String huge = "<p>" + "x".repeat(5000) + "</p>";
            server.set("/big", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                    FeedServer.rssItem("big", "Big", huge, "Mon, 02 Sep 2024 10:00:00 GMT"),
                    FeedServer.rssItem("small", "Small", "<p>Talks.</p>", "Mon, 02 Sep 2024 10:00:00 GMT")), null, null));
            FeedPoller.Poll p = new FeedPoller(URI.create(server.url("/big")), Fixtures.options().withMaxBytes(1000)).poll();
            assertEquals(FeedPoller.Status.UPDATED, p.status());
            assertEquals(java.util.List.of("small"), p.articles().stream().map(RawArticle::getId).map(String::valueOf).toList());
            assertTrue(p.rejections().get(0).reason().contains("before conversion to text"), p.rejections().toString());
        }
    }

    @Test
    void aBodySentOneByteASecondIsAbandonedAtTheDeadline() throws Exception {
        try (SlowServer slow = new SlowServer()) {
            Duration deadline = Duration.ofSeconds(3);
            FeedPoller poller = new FeedPoller(URI.create(slow.url("/feed")), Fixtures.options(), deadline);
            long t0 = System.nanoTime();
            FeedPoller.Poll p = assertTimeoutPreemptively(Duration.ofSeconds(20), poller::poll);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("slow feed abandoned after " + ms + " ms (deadline " + deadline.toMillis() + " ms, "
                    + slow.bytesSent + " bytes sent)");
            assertEquals(FeedPoller.Status.FAILED, p.status(), p.toString());
            String reason = p.rejections().get(0).reason();
            assertTrue(reason.contains("did not arrive within the 3 s deadline"), reason);
            assertNotNull(p.rejections().get(0).input());
            assertEquals(slow.url("/feed"), p.rejections().get(0).input());
            assertTrue(ms >= deadline.toMillis() - 100 && ms < deadline.toMillis() + 2000, "abandoned after " + ms + " ms");
            assertEquals(1, poller.consecutiveFailures());
        }
    }
}
