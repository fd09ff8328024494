package io.newswire.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A JDK HTTP server on 127.0.0.1 serving feeds, honouring If-None-Match / If-Modified-Since. */
final class FeedServer implements AutoCloseable {
    /** What a path answers. */
    record Response(int status, String contentType, String body, String etag, String lastModified, String retryAfter) {
        Response(int status, String contentType, String body, String etag, String lastModified) {
            this(status, contentType, body, etag, lastModified, null);
        }

        static Response feed(String contentType, String body, String etag, String lastModified) {
            return new Response(200, contentType, body, etag, lastModified);
        }

        static Response status(int status) {
            return new Response(status, "text/plain", "error " + status, null, null);
        }
    }

    /** A request as received: path and the conditional headers. */
    record Request(String path, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    void set(String path, Response r) {
        responses.put(path, r);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        requests.add(new Request(path, inm, ims));
        Response r = responses.getOrDefault(path, Response.status(404));
        if (r.status() == 200 && ((r.etag() != null && r.etag().equals(inm))
                || (r.etag() == null && r.lastModified() != null && r.lastModified().equals(ims)))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        if (r.etag() != null) {
            ex.getResponseHeaders().set("ETag", r.etag());
        }
        if (r.lastModified() != null) {
            ex.getResponseHeaders().set("Last-Modified", r.lastModified());
        }
        if (r.retryAfter() != null) {
            ex.getResponseHeaders().set("Retry-After", r.retryAfter());
        }
        ex.sendResponseHeaders(r.status(), body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                <title>World Wire</title><link>https://example.org/</link><description>News</description><language>en</language>
                """ + String.join("\n", items) + "\n</channel></rss>\n";
    }

    static String rssItem(String guid, String title, String description, String pubDate) {
        return "<item><title>" + title + "</title><link>https://example.org/" + guid + ".html</link>"
                + "<guid isPermaLink=\"false\">" + guid + "</guid><pubDate>" + pubDate + "</pubDate>"
                + "<description><![CDATA[" + description + "]]></description></item>";
    }

    static String atom(String... entries) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                <title>Agency Atom</title><id>urn:feed:1</id><updated>2024-03-02T10:00:00Z</updated>
                """ + String.join("\n", entries) + "\n</feed>\n";
    }

    static String atomEntry(String id, String title, String html, String published) {
        return "<entry><id>" + id + "</id><title>" + title + "</title>"
                + "<link href=\"https://example.org/atom/" + id.hashCode() + "\"/>"
                + "<published>" + published + "</published><updated>" + published + "</updated>"
                + "<content type=\"html\">" + html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</content></entry>";
    }
}
