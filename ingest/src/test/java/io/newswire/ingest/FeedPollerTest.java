package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS 2.0 and Atom feeds served over HTTP on 127.0.0.1. */
class FeedPollerTest {
    private static final String TASS_ITEM = "<p>MOSCOW, March 1. /TASS/. Foreign Minister Gleb Tumanov met with"
            + " his Kenyan counterpart Wanjiru Kamau on Friday.</p><p>They discussed &ldquo;food security&rdquo;.</p>";

    private FeedServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedPoller poller(String path) {
        return new FeedPoller(URI.create(server.url(path)), Fixtures.options());
    }

    @Test
    void rssItemsBecomeArticlesKeyedByGuid() {
        server.set("/rss", FeedServer.Response.feed("application/rss+xml; charset=utf-8", FeedServer.rss(
                FeedServer.rssItem("wire-1", "Tumanov meets Kamau", TASS_ITEM, "Fri, 01 Mar 2024 09:30:00 GMT"),
                FeedServer.rssItem("wire-2", "Second &amp; last", "Plain text summary.", "Sat, 02 Mar 2024 23:30:00 +0000")),
                null, null));
        FeedPoller.Poll poll = poller("/rss").poll();
        assertEquals(FeedPoller.Status.UPDATED, poll.status());
        assertEquals(2, poll.items());
        RawArticle a = poll.articles().get(0);
        assertEquals("wire-1", a.getId());
        assertEquals("https://example.org/wire-1.html", a.getUri());
        assertEquals("Tumanov meets Kamau", a.getHeadline());
        assertEquals("Tumanov meets Kamau\n\nMOSCOW, March 1. /TASS/. Foreign Minister Gleb Tumanov met with his Kenyan"
                + " counterpart Wanjiru Kamau on Friday.\n\nThey discussed “food security”.", a.getBody());
        assertEquals(LocalDate.of(2024, 3, 1), a.getPublished());
        assertEquals("TASS", a.getProvider(), "dateline agency wins over the channel title");
        assertEquals("en", a.getLanguage());
        assertEquals(server.url("/rss"), a.getSource());
        RawArticle b = poll.articles().get(1);
        assertEquals("Second & last", b.getHeadline());
        assertEquals("World Wire", b.getProvider(), "the channel title when there is no dateline");
    }

    @Test
    void atomEntriesBecomeArticles() {
        server.set("/atom", FeedServer.Response.feed("application/atom+xml", FeedServer.atom(
                FeedServer.atomEntry("urn:uuid:1", "Talks in Geneva", "<div>GENEVA (AP) — Ministers <b>met</b>.</div>", "2024-03-02T08:00:00Z")),
                "\"a1\"", null));
        FeedPoller.Poll poll = poller("/atom").poll();
        assertEquals(FeedPoller.Status.UPDATED, poll.status(), poll.rejections().toString());
        RawArticle a = poll.articles().get(0);
        assertEquals("urn:uuid:1", a.getId());
        assertEquals("Talks in Geneva\n\nGENEVA (AP) — Ministers met.", a.getBody());
        assertEquals("AP", a.getProvider());
        assertEquals(LocalDate.of(2024, 3, 2), a.getPublished());
    }

    @Test
    void anUnchangedFeedCostsA304AndGivesNothingNew() {
        server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                FeedServer.rssItem("wire-1", "One", "Text one.", "Fri, 01 Mar 2024 09:30:00 GMT")), "\"v1\"", null));
        FeedPoller p = poller("/rss");
        assertEquals(1, p.poll().articles().size());
        FeedPoller.Poll again = p.poll();
        assertEquals(FeedPoller.Status.NOT_MODIFIED, again.status());
        assertEquals(304, again.httpStatus());
        assertTrue(again.articles().isEmpty());
        assertNull(server.requests.get(0).ifNoneMatch());
        assertEquals("\"v1\"", server.requests.get(1).ifNoneMatch());
    }

    @Test
    void lastModifiedIsSentBackAsIfModifiedSince() {
        String lm = "Fri, 01 Mar 2024 10:00:00 GMT";
        server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                FeedServer.rssItem("wire-1", "One", "Text one.", "Fri, 01 Mar 2024 09:30:00 GMT")), null, lm));
        FeedPoller p = poller("/rss");
        p.poll();
        assertEquals(FeedPoller.Status.NOT_MODIFIED, p.poll().status());
        assertEquals(lm, server.requests.get(1).ifModifiedSince());
    }

    @Test
    void onlyNewOrChangedItemsComeBackAndAnUpdateKeepsItsGuid() {
        FeedPoller p = poller("/rss");
        server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                FeedServer.rssItem("wire-1", "One", "Text one.", "Fri, 01 Mar 2024 09:30:00 GMT")), "\"v1\"", null));
        assertEquals(1, p.poll().articles().size());
        server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                FeedServer.rssItem("wire-2", "Two", "Text two.", "Sat, 02 Mar 2024 09:30:00 GMT"),
                FeedServer.rssItem("wire-1", "One (updated)", "Text one, corrected.", "Fri, 01 Mar 2024 09:30:00 GMT")), "\"v2\"", null));
        List<RawArticle> changed = p.poll().articles();
        assertEquals(List.of("wire-2", "wire-1"), changed.stream().map(RawArticle::getId).toList());
        assertEquals("One (updated)", changed.get(1).getHeadline());
        server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                FeedServer.rssItem("wire-2", "Two", "Text two.", "Sat, 02 Mar 2024 09:30:00 GMT"),
                FeedServer.rssItem("wire-1", "One (updated)", "Text one, corrected.", "Fri, 01 Mar 2024 09:30:00 GMT")), "\"v3\"", null));
        assertTrue(p.poll().articles().isEmpty(), "a new ETag with the same items gives nothing new");
    }

    @Test
    void aServerErrorIsAFailureWithBackoffAndTheFeedRecovers() {
        server.set("/rss", FeedServer.Response.status(500));
        FeedPoller p = poller("/rss");
        FeedPoller.Poll poll = p.poll();
        assertEquals(FeedPoller.Status.FAILED, poll.status());
        assertEquals(new Rejection(server.url("/rss"), "HTTP 500 Internal Server Error"), poll.rejections().get(0));
        assertEquals(Duration.ofSeconds(20), p.nextDelay(Duration.ofSeconds(10)));
        p.poll();
        assertEquals(Duration.ofSeconds(40), p.nextDelay(Duration.ofSeconds(10)));
        for (int i = 0; i < 20; i++) {
            p.poll();
        }
        assertEquals(Duration.ofMinutes(30), p.nextDelay(Duration.ofSeconds(10)), "backoff is capped");
        server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                FeedServer.rssItem("wire-1", "One", "Text one.", "Fri, 01 Mar 2024 09:30:00 GMT")), null, null));
        assertEquals(1, p.poll().articles().size());
        assertEquals(Duration.ofSeconds(10), p.nextDelay(Duration.ofSeconds(10)));
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoff() {
        server.set("/busy", new FeedServer.Response(503, "text/plain", "busy", null, null, "600"));
        FeedPoller p = poller("/busy");
        assertEquals("HTTP 503 Service Unavailable", p.poll().rejections().get(0).reason());
        assertEquals(Duration.ofSeconds(600), p.nextDelay(Duration.ofSeconds(10)));
        server.set("/busy", new FeedServer.Response(429, "text/plain", "slow down", null, null, "1"));
        p.poll();
        assertEquals(Duration.ofSeconds(40), p.nextDelay(Duration.ofSeconds(10)), "the backoff when it is longer");
        assertEquals(Duration.ZERO, FeedPoller.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), "a past date");
        assertNull(FeedPoller.parseRetryAfter("soon"));
    }

    @Test
    void brokenXmlIsAFailureNamingTheFeed() {
        server.set("/broken", FeedServer.Response.feed("application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>unclosed", null, null));
        FeedPoller.Poll poll = poller("/broken").poll();
        assertEquals(FeedPoller.Status.FAILED, poll.status());
        assertEquals(server.url("/broken"), poll.rejections().get(0).input());
        assertTrue(poll.rejections().get(0).reason().startsWith("not a valid RSS or Atom feed"), poll.rejections().get(0).reason());
    }

    @Test
    void anHtmlPageIsNotAFeed() {
        server.set("/page", FeedServer.Response.feed("text/html", "<html><body><p>Hello</p></body></html>", null, null));
        FeedPoller.Poll poll = poller("/page").poll();
        assertEquals(FeedPoller.Status.FAILED, poll.status());
        assertTrue(poll.rejections().get(0).reason().startsWith("not a valid RSS or Atom feed"), poll.rejections().get(0).reason());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        server.set("/xxe", FeedServer.Response.feed("application/rss+xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title><guid>g</guid>"
                + "<description>&xxe;</description></item></channel></rss>", null, null));
        FeedPoller.Poll poll = poller("/xxe").poll();
        assertEquals(FeedPoller.Status.FAILED, poll.status());
        String reason = poll.rejections().get(0).reason();
        assertTrue(reason.contains("DOCTYPE is disallowed"), reason);
        assertFalse(reason.contains("TOP-SECRET"), reason);
    }

    @Test
    void anUnreachableFeedIsAFailure() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FeedPoller.Poll poll = new FeedPoller(URI.create("http://127.0.0.1:" + port + "/rss"), Fixtures.options()).poll();
        assertEquals(FeedPoller.Status.FAILED, poll.status());
        assertTrue(poll.rejections().get(0).reason().startsWith("cannot connect"), poll.rejections().get(0).reason());
    }
}
