package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Turns one input (a text file, a JSON-lines file or stream, a byte array) into {@link RawArticle}s.
 *
 * <p>Every input is checked before it is parsed, and a bad one is rejected with a reason instead of
 * stopping the run: an empty file, binary data (a NUL byte, or more than 1% control characters),
 * UTF-16, bytes that are not valid UTF-8 (strict decoding, no replacement characters), a file (or JSON
 * line) over {@link Options#maxBytes()}, a malformed JSON line ({@code file:line}), a JSON line without a
 * body.
 *
 * <p>Accepted JSON fields (ninjs names first, first one present wins):
 * <ul>
 *   <li>id: {@code id}, {@code guid}, else {@code uri}, else the hash of the body ({@link ArticleIds#forText})</li>
 *   <li>uri: {@code uri}, {@code url}, {@code link}</li>
 *   <li>body: {@code body_text}, {@code body}, {@code text}, else {@code body_html} converted to text (required)</li>
 *   <li>headline: {@code headline}, {@code title}</li>
 *   <li>published: {@code versioncreated}, {@code firstcreated}, {@code published}, {@code date}: an ISO-8601
 *       date or date-time (the day as written), or epoch milliseconds; else the body's {@code " date"} line</li>
 *   <li>provider: {@code provider} (a string, or an object with {@code name}), else the body's dateline agency</li>
 *   <li>language: {@code language}, {@code lang}</li>
 * </ul>
 */
public final class ArticleReader {
    /** Default limit for one article (a text file or one JSON line): 1 MiB. */
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

    /**
     * Reading options.
     *
     * @param maxBytes        largest text file or JSON line accepted
     * @param format          how files are read ({@link InputFormat#AUTO}: by extension)
     * @param clock           gives {@code receivedAt}
     * @param defaultLanguage language for articles that name none (may be null)
     * @param defaultProvider provider for articles that name none and have no dateline agency (may be null)
     * @param idFrom          where a text or HTML file's id comes from ({@link IdFrom})
     */
    public record Options(long maxBytes, InputFormat format, Clock clock, String defaultLanguage, String defaultProvider,
            IdFrom idFrom) {
        public Options {
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(idFrom, "idFrom");
        }

        /** Options with ids from the content ({@link IdFrom#CONTENT}). */
        public Options(long maxBytes, InputFormat format, Clock clock, String defaultLanguage, String defaultProvider) {
            this(maxBytes, format, clock, defaultLanguage, defaultProvider, IdFrom.CONTENT);
        }

        public Options withIdFrom(IdFrom from) {
            return new Options(maxBytes, format, clock, defaultLanguage, defaultProvider, from);
        }

        public static Options defaults() {
            return new Options(DEFAULT_MAX_BYTES, InputFormat.AUTO, Clock.systemUTC(), null, null);
        }

        public Options withMaxBytes(long max) {
            return new Options(max, format, clock, defaultLanguage, defaultProvider, idFrom);
        }

        public Options withFormat(InputFormat f) {
            return new Options(maxBytes, f, clock, defaultLanguage, defaultProvider, idFrom);
        }

        public Options withClock(Clock c) {
            return new Options(maxBytes, format, c, defaultLanguage, defaultProvider, idFrom);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Options options;

    public ArticleReader() {
        this(Options.defaults());
    }

    public ArticleReader(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    /** Reads one file (text or JSON lines, by {@link Options#format()}). */
    public ReadResult readFile(Path file) {
        ArticleHandler.Collector c = new ArticleHandler.Collector();
        readFile(file, c);
        return c.result();
    }

    /** Reads one file, streaming articles and rejections to {@code handler}; a path id is relative to its folder. */
    public void readFile(Path file, ArticleHandler handler) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        readFile(parent == null ? file.toAbsolutePath() : parent, file, handler);
    }

    /**
     * Reads one file found under {@code root} (the folder given), streaming articles and rejections to
     * {@code handler}; with {@link IdFrom#PATH}, a text or HTML file's id is its path relative to {@code root}
     * under {@code root}'s name ({@link #pathId}).
     */
    public void readFile(Path root, Path file, ArticleHandler handler) {
        String name = file.toString();
        String id = options.idFrom == IdFrom.PATH ? pathId(root, file) : null;
        try {
            if (!Files.exists(file)) {
                handler.rejected(new Rejection(name, "no such file or folder"));
                return;
            }
            if (!Files.isRegularFile(file)) {
                handler.rejected(new Rejection(name, "not a regular file"));
                return;
            }
            if (!Files.isReadable(file)) {
                handler.rejected(new Rejection(name, "not readable (permission denied)"));
                return;
            }
            if (options.format.resolve(file) == InputFormat.JSONL) {
                try (InputStream in = Files.newInputStream(file)) {
                    readJsonLines(name, in, handler);
                }
                return;
            }
            long size = Files.size(file);
            if (size > options.maxBytes) {
                handler.rejected(new Rejection(name, "file is " + size + " bytes, over --max-bytes " + options.maxBytes));
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) options.maxBytes + 1);
            }
            if (bytes.length > options.maxBytes) {
                handler.rejected(new Rejection(name, "file is over --max-bytes " + options.maxBytes));
                return;
            }
            if (options.format.resolve(file) == InputFormat.HTML) {
                readHtml(name, id, bytes, handler);
            } else {
                readText(name, id, bytes, handler);
            }
        } catch (NoSuchFileException e) {
            handler.rejected(new Rejection(name, "no such file (removed while reading?)"));
        } catch (IOException e) {
            handler.rejected(new Rejection(name, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads one plain-text article from bytes; {@code name} is used as the source and in messages. */
    public ReadResult readText(String name, byte[] bytes) {
        ArticleHandler.Collector c = new ArticleHandler.Collector();
        readText(name, bytes, c);
        return c.result();
    }

    public void readText(String name, byte[] bytes, ArticleHandler handler) {
        readText(name, null, bytes, handler);
    }

    /** As {@link #readText(String, byte[], ArticleHandler)}, with the article's id (null: the hash of the text). */
    void readText(String name, String id, byte[] bytes, ArticleHandler handler) {
        if (bytes.length == 0) {
            handler.rejected(new Rejection(name, "empty file"));
            return;
        }
        if (bytes.length > options.maxBytes) {
            handler.rejected(new Rejection(name, "text is " + bytes.length + " bytes, over --max-bytes " + options.maxBytes));
            return;
        }
        String text;
        try {
            text = decodeText(bytes);
        } catch (BadInput e) {
            handler.rejected(new Rejection(name, e.getMessage()));
            return;
        }
        if (text.isBlank()) {
            handler.rejected(new Rejection(name, "empty file (only whitespace)"));
            return;
        }
        if (WireText.dateLine(text) != null && WireText.afterDateLine(text).isBlank()) {
            handler.rejected(new Rejection(name, "no text after the date line"));
            return;
        }
        handler.article(fromText(name, id, text));
    }

    /** Reads one HTML page or fragment as an article: its text, tags dropped and entities decoded. */
    public void readHtml(String name, byte[] bytes, ArticleHandler handler) {
        readHtml(name, null, bytes, handler);
    }

    void readHtml(String name, String id, byte[] bytes, ArticleHandler handler) {
        String html;
        try {
            html = decodeText(bytes);
        } catch (BadInput e) {
            handler.rejected(new Rejection(name, e.getMessage()));
            return;
        }
        String text = Html.toText(html);
        if (text.isBlank()) {
            handler.rejected(new Rejection(name, "no text in the HTML"));
            return;
        }
        handler.article(fromText(name, id, text + "\n"));
    }

    /** An article from a plain text already decoded and checked, its id the hash of the text. */
    public RawArticle fromText(String source, String text) {
        return fromText(source, null, text);
    }

    /** An article from a plain text already decoded and checked; {@code id} null: the hash of the text. */
    public RawArticle fromText(String source, String id, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        WireText.Furniture f = WireText.read(body);
        return RawArticle.newBuilder()
                .setId(id != null ? id : ArticleIds.forText(body))
                .setUri(null)
                .setSource(source)
                .setProvider(f.provider() != null ? f.provider() : options.defaultProvider)
                .setPublished(f.published())
                .setReceivedAt(now())
                .setHeadline(f.headline())
                .setBody(body)
                .setLanguage(options.defaultLanguage)
                .build();
    }

    /**
     * The id of a file read from a folder: {@code root}'s name, '/', the path relative to {@code root} with '/'
     * separators ({@code seeds/000_x.txt}), whatever the working folder or how {@code root} was written.
     */
    public static String pathId(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        String relative = base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        Path name = base.getFileName();
        return name == null ? relative : name.toString().replace('\\', '/') + "/" + relative;
    }

    /** Reads JSON lines from a stream (a file or stdin); {@code name} prefixes line numbers in messages. */
    public ReadResult readJsonLines(String name, InputStream in) throws IOException {
        ArticleHandler.Collector c = new ArticleHandler.Collector();
        readJsonLines(name, in, c);
        return c.result();
    }

    public void readJsonLines(String name, InputStream raw, ArticleHandler handler) throws IOException {
        // lines are read in 64 KiB chunks; a line over maxBytes is counted, not kept
        LineBuffer line = new LineBuffer(raw, options.maxBytes);
        long lineNo = 0;
        boolean sawContent = false;
        while (line.next()) {
            lineNo++;
            String where = name + ":" + lineNo;
            if (line.overflow()) {
                sawContent = true;
                handler.rejected(new Rejection(where, "line is " + line.length() + " bytes, over --max-bytes " + options.maxBytes));
                continue;
            }
            byte[] bytes = line.bytes();
            if (lineNo == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
            }
            String text;
            try {
                text = decodeText(bytes);
            } catch (BadInput e) {
                sawContent = true;
                handler.rejected(new Rejection(where, e.getMessage()));
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            sawContent = true;
            try {
                handler.article(fromJson(name, text));
            } catch (BadInput e) {
                handler.rejected(new Rejection(where, e.getMessage()));
            }
        }
        if (!sawContent) {
            handler.rejected(new Rejection(name, lineNo == 0 ? "empty file" : "empty file (no JSON lines)"));
        }
    }

    /** One JSON line (ninjs-style object) as an article; throws {@link BadInput} with the reason. */
    public RawArticle fromJsonLine(String source, String line) {
        return fromJson(source, line);
    }

    private RawArticle fromJson(String source, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInput(JsonProblems.describe(e));
        }
        if (node == null || !node.isObject()) {
            throw new BadInput("not a JSON object");
        }
        String body = string(node, "body_text", "body", "text");
        if (body == null || body.isBlank()) {
            String html = string(node, "body_html");
            body = html == null ? null : Html.toText(html);
        }
        if (body == null || body.isBlank()) {
            throw new BadInput("no body: expected a non-empty \"body_text\" (or \"body\", \"text\", \"body_html\")");
        }
        String uri = blankToNull(string(node, "uri", "url", "link"));
        String id = blankToNull(string(node, "id", "guid"));
        if (id == null) {
            id = uri != null ? uri : ArticleIds.forText(body);
        }
        LocalDate published = date(node);
        if (published == null) {
            published = WireText.dateLine(body);
        }
        String provider = provider(node);
        if (provider == null) {
            provider = WireText.provider(body);
        }
        if (provider == null) {
            provider = options.defaultProvider;
        }
        String language = blankToNull(string(node, "language", "lang"));
        return RawArticle.newBuilder()
                .setId(id.strip())
                .setUri(uri)
                .setSource(source)
                .setProvider(provider)
                .setPublished(published)
                .setReceivedAt(now())
                .setHeadline(blankToNull(string(node, "headline", "title")))
                .setBody(body)
                .setLanguage(language != null ? language : options.defaultLanguage)
                .build();
    }

    private static String provider(JsonNode node) {
        JsonNode p = node.get("provider");
        if (p == null || p.isNull()) {
            return null;
        }
        if (p.isObject()) {
            JsonNode name = p.get("name");
            if (name == null || !name.isValueNode()) {
                throw new BadInput("field \"provider\": expected a string or an object with \"name\"");
            }
            return blankToNull(name.asText());
        }
        if (!p.isValueNode()) {
            throw new BadInput("field \"provider\": expected a string or an object with \"name\"");
        }
        return blankToNull(p.asText());
    }

    private static LocalDate date(JsonNode node) {
        for (String field : new String[] {"versioncreated", "firstcreated", "published", "date"}) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isIntegralNumber()) {
                return Instant.ofEpochMilli(v.asLong()).atZone(ZoneOffset.UTC).toLocalDate();
            }
            if (!v.isTextual()) {
                throw new BadInput("field \"" + field + "\": expected an ISO-8601 date or date-time");
            }
            LocalDate d = parseDate(v.asText().strip());
            if (d == null) {
                throw new BadInput("field \"" + field + "\": not an ISO-8601 date or date-time: \"" + abbreviate(v.asText(), 40) + "\"");
            }
            return d;
        }
        return null;
    }

    static LocalDate parseDate(String s) {
        if (s.length() == 10) { // the common YYYY-MM-DD: parsed first, without the three failed attempts below
            try {
                return LocalDate.parse(s);
            } catch (DateTimeException ignored) {
                return null;
            }
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(s).toLocalDate();
        } catch (DateTimeException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException ignored) {
            return null;
        }
    }

    private static String string(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v == null || v.isNull()) {
                continue;
            }
            if (!v.isValueNode()) {
                throw new BadInput("field \"" + f + "\": expected a string");
            }
            return v.asText();
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private Instant now() {
        return options.clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Strictly decodes UTF-8 and checks that the result is text.
     *
     * @throws BadInput naming the problem (binary data, UTF-16, invalid UTF-8 with the byte offset)
     */
    static String decodeText(byte[] bytes) {
        String kind = knownBinary(bytes);
        if (kind != null) {
            throw new BadInput("binary data (" + kind + ")");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new BadInput("UTF-16 text (byte-order mark); convert it to UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInput("binary data (NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new BadInput(String.format("not valid UTF-8 (byte 0x%02X at offset %d); convert it to UTF-8",
                    bytes[at] & 0xFF, at));
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new BadInput("not valid UTF-8 (truncated sequence at the end)");
        }
        out.flip();
        String text = out.toString();
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f') {
                control++;
            }
        }
        if (control > 0 && control * 100L > text.length()) {
            throw new BadInput("binary data (" + control + " control characters in " + text.length() + ")");
        }
        return text;
    }

    /** Names a few common binary formats by their magic bytes, else null. */
    static String knownBinary(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "a PDF document";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "a ZIP archive or office document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip-compressed";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "a GIF image";
        }
        if (startsWith(b, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "zstd-compressed";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office document";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** An input that cannot be read as an article; the message is the reason. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Reads lines of at most {@code max} bytes from a stream, remembering the length of longer ones. */
    private static final class LineBuffer {
        private final long max;
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int lim;
        private boolean eof;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        private long length;

        LineBuffer(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        /** Reads the next line (without its LF, and without a CR before it); false at the end of the stream. */
        boolean next() throws IOException {
            buf.reset();
            length = 0;
            boolean any = false;
            while (true) {
                if (pos == lim) {
                    if (eof) {
                        break;
                    }
                    lim = in.read(chunk, 0, chunk.length);
                    pos = 0;
                    if (lim <= 0) {
                        lim = 0;
                        eof = true;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < lim && chunk[pos] != '\n') {
                    pos++;
                }
                append(start, pos - start);
                if (pos < lim) {
                    pos++;
                    break;
                }
            }
            if (!any) {
                return false;
            }
            if (length <= max && buf.size() > 0) {
                byte[] b = buf.toByteArray();
                if (b[b.length - 1] == '\r') {
                    length--;
                }
            }
            return true;
        }

        private void append(int from, int n) {
            long room = max - length;
            if (room > 0) {
                buf.write(chunk, from, (int) Math.min(room, n));
            }
            length += n;
        }

        boolean overflow() {
            return length > max;
        }

        long length() {
            return length;
        }

        byte[] bytes() {
            byte[] b = buf.toByteArray();
            return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
        }
    }
}
