package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichFilesTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerFileAndReportsBadOnes() throws Exception {
        Path good = dir.resolve("001_abc.txt");
        Files.writeString(good, " date 2030-05-10 On Monday, Foreign Minister Oleg Arkhipov of Russia met Indian Foreign "
                + "Minister Ravi Menon in Delhi.");
        Path bad = dir.resolve("002.txt");
        Files.write(bad, new byte[] {'a', (byte) 0xff, (byte) 0xfe, 'b'});
        Path missing = dir.resolve("003.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = EnrichFiles.run(List.of(good, bad, missing), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode j = new ObjectMapper().readTree(lines[0]);
        assertEquals(good.toString(), j.get("source").asText());
        assertEquals("2030-05-10", j.get("published").asText());
        JsonNode m = j.get("meetings").get(0);
        assertEquals("HELD", m.get("status").asText());
        assertEquals("2030-05-06", m.get("date").asText());
        assertEquals("IN", m.get("location").get("country").asText());
        assertEquals("Southern Asia", m.get("location").get("subregion").asText());
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("002.txt") && e.contains("UTF-8"), e);
        assertTrue(e.contains("003.txt"), e);
    }

    @Test
    void refusesEmptyAndBinaryFilesByNameAndGoesOn() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {'J', 'F', 0, 'I', 'F'});
        Path good = dir.resolve("good.txt");
        Files.writeString(good, " date 2030-05-10 Foreign Minister Oleg Arkhipov of Russia met Indian Foreign Minister Ravi Menon in Delhi.");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = EnrichFiles.run(List.of(empty, binary, good), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("empty.txt: empty file"), e);
        assertTrue(e.contains("photo.jpg: binary data (NUL byte at offset 2)"), e);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length, "the good file after the bad ones is still enriched");
        assertTrue(lines[0].contains("good.txt"), lines[0]);
    }

    @Test
    void refusesHugeFiles() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[(int) EnrichFiles.MAX_BYTES + 1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = EnrichFiles.run(List.of(big), new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("too large"));
    }
}
