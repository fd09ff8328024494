package io.newswire.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.extract.Enrichment.Country;
import io.newswire.extract.Enrichment.Evidence;
import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import io.newswire.extract.Enrichment.Region;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code newswire enrich FILE...}: one article per file in, one JSON object per line out. */
public final class EnrichFiles {
    /** Files larger than this are refused. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnrichFiles() {}

    /**
     * Enriches each file and prints one JSON line per readable file on {@code out}.
     *
     * @return 0, or 1 when some file could not be read or decoded (reported on {@code err})
     */
    public static int run(List<Path> files, PrintStream out, PrintStream err) {
        return run(Extractors.standard(), files, out, err);
    }

    /** {@link #run(List, PrintStream, PrintStream)} with this extractor ({@link Extractors#named}). */
    public static int run(Extractor x, List<Path> files, PrintStream out, PrintStream err) {
        int rc = 0;
        for (Path f : files) {
            String text;
            try {
                text = read(f);
            } catch (IOException e) {
                err.println("enrich: " + f + ": " + e.getMessage());
                rc = 1;
                continue;
            }
            String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String id = dot > 0 ? name.substring(0, dot) : name;
            Enrichment e = x.extract(new Article(id, text, null, f.toString()));
            try {
                out.println(JSON.writeValueAsString(toJson(f.toString(), id, e)));
            } catch (IOException ex) {
                err.println("enrich: " + f + ": cannot write JSON: " + ex.getMessage());
                rc = 1;
            }
        }
        out.flush();
        return rc;
    }

    static String read(Path f) throws IOException {
        if (!Files.isRegularFile(f)) throw new IOException(Files.exists(f) ? "not a regular file" : "no such file");
        long size = Files.size(f);
        if (size > MAX_BYTES) {
            throw new IOException("file too large (" + size + " bytes; the limit is " + MAX_BYTES + " bytes, 10 MiB)");
        }
        byte[] bytes = Files.readAllBytes(f);
        // as ingest refuses them: no article in an empty file, and a NUL byte is no text
        if (bytes.length == 0) throw new IOException("empty file");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new IOException("binary data (NUL byte at offset " + i + ")");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            throw new IOException("not valid UTF-8 (" + ex.getMessage() + ")");
        }
    }

    /** The JSON form of one enrichment (the output contract of {@code newswire enrich}). */
    public static ObjectNode toJson(String source, String id, Enrichment e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        o.put("id", id);
        o.put("published", str(e.published()));
        ArrayNode ms = o.putArray("meetings");
        for (Meeting m : e.meetings()) {
            ObjectNode mo = ms.addObject();
            ArrayNode ps = mo.putArray("participants");
            for (Participant p : m.participants()) {
                ObjectNode po = ps.addObject();
                po.put("name", p.name());
                po.put("title", p.title());
                po.put("organization", p.organization());
                po.put("country", p.country());
                po.put("body", p.body());
            }
            mo.put("kind", m.kind().name());
            mo.put("status", m.status().name());
            mo.put("date", str(m.date()));
            if (m.location() == null) {
                mo.putNull("location");
            } else {
                ObjectNode lo = mo.putObject("location");
                lo.put("city", m.location().city());
                lo.put("country", m.location().country());
                lo.put("region", m.location().region());
                lo.put("subregion", m.location().subregion());
            }
            mo.put("cameo", m.cameo());
            mo.put("confidence", m.confidence());
            m.cues().forEach(mo.putArray("cues")::add);
            ArrayNode ev = mo.putArray("evidence");
            for (Evidence x : m.evidence()) {
                ObjectNode eo = ev.addObject();
                eo.put("start", x.start());
                eo.put("end", x.end());
                eo.put("text", x.text());
            }
        }
        ObjectNode to = o.putObject("topics");
        ArrayNode cs = to.putArray("countries");
        for (Country c : e.topics().countries()) {
            ObjectNode co = cs.addObject();
            co.put("code", c.code());
            co.put("name", c.name());
            co.put("region", c.region());
            co.put("subregion", c.subregion());
        }
        ArrayNode rs = to.putArray("regions");
        for (Region r : e.topics().regions()) {
            ObjectNode ro = rs.addObject();
            ro.put("code", r.code());
            ro.put("name", r.name());
            ArrayNode rc = ro.putArray("countries");
            r.countries().forEach(rc::add);
        }
        ArrayNode th = to.putArray("themes");
        e.topics().themes().forEach(th::add);
        return o;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Development entry point: {@code java -cp ... io.newswire.extract.EnrichFiles FILE...}. */
    public static void main(String[] args) {
        List<Path> files = new java.util.ArrayList<>();
        for (String a : args) files.add(Path.of(a));
        System.exit(run(files, System.out, System.err));
    }
}
