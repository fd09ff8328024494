package io.newswire.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newswire.schema.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Polls one RSS or Atom feed over HTTP(S) and turns its new or changed items into {@link RawArticle}s.
 *
 * <p>Requests are conditional: the {@code ETag} and {@code Last-Modified} of the last good response are
 * sent back as {@code If-None-Match} / {@code If-Modified-Since}, and a {@code 304 Not Modified} costs
 * nothing. Items already returned with the same content are not returned again; an item whose content
 * changed under the same guid is returned again (same id: downstream it replaces the earlier version).
 *
 * <p>Parsing uses Rome with doctypes disallowed (no DTDs, no external entities). An item's id is its guid
 * (Atom {@code id}, RSS {@code guid}), else its link, else the hash of its text. Its body is the headline,
 * a blank line and the item's content (or description) as plain text, like a wire text.
 *
 * <p>Limits (see docs/reliability.md, "Ingest and registry limits"): the whole response, headers and body,
 * must arrive within the deadline ({@link #DEFAULT_DEADLINE}; a server that trickles its body is cut off
 * there); the document is at most {@link #MAX_FEED_BYTES}, nests elements at most {@link #MAX_ELEMENT_DEPTH}
 * deep and holds at most {@link #MAX_ELEMENTS} elements (checked by a streaming pass before Rome builds its
 * tree: Rome and jdom2 copy and print XML recursively, and 10,000 nested elements overflowed the stack);
 * an item's HTML is at most {@link #MAX_HTML_FACTOR} × {@code --max-bytes} characters before conversion.
 *
 * <p>A failure (connection refused, timeout, HTTP 4xx/5xx, not a feed, over a limit) is returned as a
 * rejection, never thrown; {@link #nextDelay(Duration)} then backs off exponentially (interval × 2^failures, at most 30
 * minutes or the interval if longer), or waits the server's {@code Retry-After} if that is longer.
 */
public final class FeedPoller {
    /** Largest feed document read (the per-article limit applies to each item). */
    public static final long MAX_FEED_BYTES = 32L * 1024 * 1024;
    /** Default deadline for the whole response: connecting, headers and body. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    /** Deepest element nesting accepted in a feed document (real feeds nest less than 30 deep). */
    public static final int MAX_ELEMENT_DEPTH = 256;
    /** Most elements accepted in a feed document (a feed of 100 items with rich XHTML has some 20,000). */
    public static final int MAX_ELEMENTS = 500_000;
    /** An item's HTML may be this many times {@code --max-bytes} (in characters) before it is converted. */
    public static final int MAX_HTML_FACTOR = 4;
    /** Closes the body of a response that overruns its deadline (the reading thread then sees its end). */
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "feed-deadline");
                t.setDaemon(true);
                return t;
            });
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(6);

    /** What one poll gave. */
    public enum Status {
        /** 200: the feed was read; {@link Poll#articles()} holds its new or changed items. */
        UPDATED,
        /** 304: nothing changed since the last poll. */
        NOT_MODIFIED,
        /** The feed could not be fetched or parsed; {@link Poll#rejections()} says why. */
        FAILED
    }

    /**
     * One poll's outcome.
     *
     * @param status     see {@link Status}
     * @param httpStatus the HTTP status, 0 when no response came
     * @param items      the number of items in the feed (0 unless UPDATED)
     * @param articles   new or changed items
     * @param rejections the feed's failure, or items that could not be read
     */
    public record Poll(Status status, int httpStatus, int items, List<RawArticle> articles, List<Rejection> rejections) {
        public Poll {
            articles = List.copyOf(articles);
            rejections = List.copyOf(rejections);
        }
    }

    private final URI url;
    private final HttpClient client;
    private final ArticleReader reader;
    private final Duration requestTimeout;
    /** Item ids seen with their content hash; the oldest are forgotten past 100,000 (a feed lists far fewer). */
    private final Map<String, String> seen = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 100_000;
        }
    };
    private String etag;
    private String lastModified;
    private int failures;
    private Duration retryAfter;

    public FeedPoller(URI url, ArticleReader.Options options) {
        this(url, options, DEFAULT_DEADLINE);
    }

    /** A poller whose every fetch (connect, headers and body) must finish within {@code deadline}. */
    public FeedPoller(URI url, ArticleReader.Options options, Duration deadline) {
        this(url, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(min(Duration.ofSeconds(10), deadline))
                .build(), options, deadline);
    }

    /** @param requestTimeout the deadline of the whole response, headers and body */
    public FeedPoller(URI url, HttpClient client, ArticleReader.Options options, Duration requestTimeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.client = Objects.requireNonNull(client, "client");
        this.reader = new ArticleReader(options);
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the feed deadline must be positive, not " + requestTimeout);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public URI url() {
        return url;
    }

    /** The {@code ETag} of the last good response, sent back as {@code If-None-Match}; null if none. */
    public String etag() {
        return etag;
    }

    /** The {@code Last-Modified} of the last good response, sent back as {@code If-Modified-Since}; null if none. */
    public String lastModified() {
        return lastModified;
    }

    /** Starts from the validators a previous run kept (ingest --follow's state): an unchanged feed answers 304. */
    public void restoreValidators(String etag, String lastModified) {
        this.etag = etag;
        this.lastModified = lastModified;
    }

    /** Failures in a row (0 after a good poll). */
    public int consecutiveFailures() {
        return failures;
    }

    /**
     * How long to wait before the next poll: the interval, or a backoff after failures (at least the
     * server's {@code Retry-After}, at most 6 hours).
     */
    public Duration nextDelay(Duration interval) {
        if (failures == 0) {
            return interval;
        }
        Duration backoff = backoff(interval);
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
        }
        return backoff;
    }

    private Duration backoff(Duration interval) {
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        Duration d = interval;
        for (int i = 0; i < failures && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /** Fetches the feed once. Never throws for network or feed problems. */
    public Poll poll() {
        HttpRequest.Builder req = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
                .header("User-Agent", "newswire-ingest/0.1")
                .GET();
        if (etag != null) {
            req.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            req.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> resp;
        byte[] body;
        long started = System.nanoTime();
        java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            InputStream in = resp.body();
            long left = requestTimeout.toNanos() - (System.nanoTime() - started);
            // The request timeout covers the headers only: the body gets what is left of the deadline, then
            // it is closed under the reader (which then sees the end of the stream and the expired flag).
            java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                expired.set(true);
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing only to wake the reader
                }
            }, Math.max(0, left), java.util.concurrent.TimeUnit.NANOSECONDS);
            try (in) {
                if (resp.statusCode() != 200) {
                    in.readNBytes(64 * 1024);
                    body = new byte[0];
                } else {
                    body = in.readNBytes((int) MAX_FEED_BYTES + 1);
                }
            } finally {
                watchdog.cancel(false);
            }
            if (expired.get()) {
                return failed(0, "the response did not arrive within the " + human(requestTimeout)
                        + " deadline (HTTP " + resp.statusCode() + ", " + body.length + " bytes of the body read; server too slow)");
            }
        } catch (HttpConnectTimeoutException e) {
            return failed(0, "cannot connect (timed out)");
        } catch (HttpTimeoutException e) {
            return failed(0, "no response within " + human(requestTimeout));
        } catch (ConnectException e) {
            return failed(0, "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")");
        } catch (IOException e) {
            if (expired.get()) {
                return failed(0, "the response did not arrive within the " + human(requestTimeout) + " deadline (server too slow)");
            }
            return failed(0, "fetch failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(0, "interrupted");
        }
        int status = resp.statusCode();
        if (status == 304) {
            failures = 0;
            return new Poll(Status.NOT_MODIFIED, status, 0, List.of(), List.of());
        }
        if (status != 200) {
            Poll f = failed(status, "HTTP " + status + reasonPhrase(status));
            retryAfter = resp.headers().firstValue("Retry-After").map(FeedPoller::parseRetryAfter).orElse(null);
            return f;
        }
        if (body.length > MAX_FEED_BYTES) {
            return failed(status, "feed document over " + MAX_FEED_BYTES + " bytes");
        }
        String contentType = resp.headers().firstValue("Content-Type").orElse(null);
        SyndFeed feed;
        try {
            String tooDeep = checkShape(xmlReader(body, contentType));
            if (tooDeep != null) {
                return failed(status, tooDeep);
            }
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xmlReader(body, contentType));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return failed(status, "not a valid RSS or Atom feed: " + oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            // Not expected past checkShape; kept so that no document can end the process.
            return failed(status, "the feed nests its elements too deeply to be read");
        }
        failures = 0;
        etag = resp.headers().firstValue("ETag").orElse(null);
        lastModified = resp.headers().firstValue("Last-Modified").orElse(null);
        List<RawArticle> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String ref = null;
            try {
                ref = entry.getUri() != null ? entry.getUri() : entry.getLink() != null ? entry.getLink() : "item " + n;
                RawArticle a = toArticle(feed, entry);
                String hash = PublishSummary.contentHash(a);
                if (!hash.equals(seen.put(a.getId(), hash))) {
                    articles.add(a);
                }
            } catch (ArticleReader.BadInput e) {
                rejections.add(new Rejection(url + " [" + ref + "]", e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // Rome builds some item parts lazily: a failure there is this item's, not the feed's.
                rejections.add(new Rejection(url + " [" + (ref == null ? "item " + n : ref) + "]",
                        "cannot read the item: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))));
            }
        }
        return new Poll(Status.UPDATED, status, n, articles, rejections);
    }

    private RawArticle toArticle(SyndFeed feed, SyndEntry entry) {
        String title = clean(entry.getTitle());
        String text = null;
        if (entry.getContents() != null) {
            StringBuilder sb = new StringBuilder();
            for (SyndContent c : entry.getContents()) {
                String t = contentText(c);
                if (t != null && !t.isBlank()) {
                    sb.append(sb.length() > 0 ? "\n\n" : "").append(t);
                }
            }
            text = sb.length() > 0 ? sb.toString() : null;
        }
        if (text == null && entry.getDescription() != null) {
            text = contentText(entry.getDescription());
        }
        if ((text == null || text.isBlank()) && (title == null || title.isBlank())) {
            throw new ArticleReader.BadInput("feed item has neither title nor text");
        }
        String body = title == null || title.isBlank() ? text
                : text == null || text.isBlank() ? title : title + "\n\n" + text;
        long bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > reader.options().maxBytes()) {
            throw new ArticleReader.BadInput("item text is " + bytes + " bytes, over --max-bytes " + reader.options().maxBytes());
        }
        String link = blankToNull(entry.getLink());
        String guid = blankToNull(entry.getUri());
        String id = guid != null ? guid.strip() : link != null ? link.strip() : ArticleIds.forText(body);
        Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate published = when != null ? when.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : WireText.dateLine(body);
        String provider = WireText.provider(body);
        if (provider == null) {
            provider = blankToNull(clean(feed.getTitle()));
        }
        if (provider == null) {
            provider = reader.options().defaultProvider();
        }
        String language = blankToNull(feed.getLanguage());
        return RawArticle.newBuilder()
                .setId(id)
                .setUri(link)
                .setSource(url.toString())
                .setProvider(provider)
                .setPublished(published)
                .setReceivedAt(Instant.now(reader.options().clock()).truncatedTo(ChronoUnit.MILLIS))
                .setHeadline(blankToNull(title))
                .setBody(body)
                .setLanguage(language != null ? language : reader.options().defaultLanguage())
                .build();
    }

    private String contentText(SyndContent c) {
        String v = c.getValue();
        if (v == null) {
            return null;
        }
        long maxChars = reader.options().maxBytes() * MAX_HTML_FACTOR;
        if (v.length() > maxChars) {
            throw new ArticleReader.BadInput("item content is " + v.length() + " characters, over " + MAX_HTML_FACTOR
                    + " × --max-bytes (" + maxChars + ") before conversion to text");
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(java.util.Locale.ROOT);
        return type.contains("html") || Html.looksLikeHtml(v) ? Html.toText(v) : v.strip();
    }

    private String clean(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() > reader.options().maxBytes()) {
            throw new ArticleReader.BadInput("item title is " + s.length() + " characters, over --max-bytes " + reader.options().maxBytes());
        }
        return (Html.looksLikeHtml(s) ? Html.toText(s) : s).replaceAll("\\s+", " ").strip();
    }

    private static XmlReader xmlReader(byte[] body, String contentType) throws IOException {
        return contentType == null
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true);
    }

    /**
     * A streaming pass over the document (no tree, no recursion, no DTD, no entities) that returns why it is
     * refused, or null: nesting deeper than {@link #MAX_ELEMENT_DEPTH} or more than {@link #MAX_ELEMENTS}
     * elements. A document this pass cannot read is left to Rome, which rejects it with its own reason.
     */
    static String checkShape(java.io.Reader xml) {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_COALESCING, false);
        javax.xml.stream.XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(xml);
            int depth = 0;
            int elements = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_ELEMENT_DEPTH) {
                        return "the feed nests elements more than " + MAX_ELEMENT_DEPTH + " deep (at <" + r.getLocalName()
                                + "> on line " + r.getLocation().getLineNumber() + ")";
                    }
                    if (++elements > MAX_ELEMENTS) {
                        return "the feed has more than " + MAX_ELEMENTS + " elements";
                    }
                } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return null;
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            return null;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (javax.xml.stream.XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    private static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    /** {@code Retry-After}: delay-seconds or an HTTP date; null when unreadable. */
    static Duration parseRetryAfter(String value) {
        String v = value.strip();
        try {
            long secs = Long.parseLong(v);
            return secs >= 0 ? Duration.ofSeconds(secs) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.ZonedDateTime when = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), when.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.DateTimeException notDate) {
                return null;
            }
        }
    }

    private Poll failed(int status, String reason) {
        failures++;
        retryAfter = null;
        return new Poll(Status.FAILED, status, 0, List.of(), List.of(new Rejection(url.toString(), reason)));
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String first = s.strip().lines().findFirst().orElse(s);
        return ArticleReader.abbreviate(first, 200);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
