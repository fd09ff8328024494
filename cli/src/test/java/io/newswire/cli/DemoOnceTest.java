package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `newswire demo --once` end to end: embedded broker and registry, ingest, topology, aggregates. */
class DemoOnceTest {
    private static final Path SEED = Path.of("..", "seeds", "000_bbb0b054668ebffa.txt");

    @TempDir
    Path input;

    @Test
    void theSeedShowsThreeMeetingsInNorthernAmericaOnSeptember21() throws Exception {
        Files.copy(SEED, input.resolve("seed.txt"));

        JsonNode out = demoOnce(input);

        assertEquals(List.of("Americas/Northern America/2021-09-21=3"), rows(out.get("meetingsPerRegionPerDay")));
    }

    @Test
    void aSecondWireCopyOfTheSeedCountsEachMeetingOnceWithTwoMentions() throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        Files.copy(SEED, input.resolve("tass.txt"));
        // The same story from another agency: another first line, so another article id.
        Files.writeString(input.resolve("xinhua.txt"), seed.replaceFirst("/ TASS /", "/ Xinhua /"), StandardCharsets.UTF_8);

        JsonNode out = demoOnce(input);

        assertEquals(2, out.get("articles").get("published").asInt(), "two articles");
        assertEquals(List.of("Americas/Northern America/2021-09-21=3"), rows(out.get("meetingsPerRegionPerDay")));
        for (JsonNode meeting : out.get("meetings")) {
            assertEquals(2, meeting.get("mentions").asInt(), meeting.toString());
        }
    }

    @Test
    void anAustralianMinisterAndAnAfricanUnionOfficialOnOneDayCountAustraliaOnceAndTheAfricanUnionApart() throws Exception {
        Files.copy(SEED, input.resolve("seed.txt"));
        Files.writeString(input.resolve("canberra.txt"), """
                 date 2026-11-17
                CANBERRA, November 17 -- Australian Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono \
                in Canberra on Tuesday. The two ministers discussed maritime security and trade.
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("addis-ababa.txt"), """
                 date 2026-11-17
                ADDIS ABABA, November 17 (ENA) -- African Union Commission Chairperson Mahmoud Ali Youssouf met Ethiopian \
                Foreign Minister Gedion Timothewos at the AU Headquarters in Addis Ababa on Tuesday.
                """, StandardCharsets.UTF_8);

        JsonNode out = demoOnce(input);

        assertEquals(List.of("RU/2021-09-21=3", "AU/2026-11-17=1", "ET/2026-11-17=1", "ID/2026-11-17=1"),
                codeRows(out.get("meetingsPerCountryPerDay"), "country"), "AU is Australia alone; the UN is no country");
        assertEquals(List.of("UN/2021-09-21=3", "AU/2026-11-17=1"), codeRows(out.get("meetingsPerBodyPerDay"), "body"));
    }

    @Test
    void withRegistryAuthTheDemosOwnClientsAuthenticate(@TempDir Path secrets) throws Exception {
        Files.copy(SEED, input.resolve("seed.txt"));
        Path password = Files.writeString(secrets.resolve("registry.password"), "demo-Pw-31\n");

        JsonNode out = demoOnce(input, "--registry-auth", "newswire:" + password);

        assertEquals(1, out.get("articles").get("published").asInt(), out.toString());
        assertEquals(List.of("Americas/Northern America/2021-09-21=3"), rows(out.get("meetingsPerRegionPerDay")));
    }

    @Test
    void aMissingOrEmptyPasswordFileIsAUsageErrorNamingIt(@TempDir Path secrets) throws Exception {
        Path empty = Files.writeString(secrets.resolve("empty.password"), "");
        for (String command : List.of("demo", "broker")) {
            for (Path file : List.of(secrets.resolve("missing.password"), empty)) {
                java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
                java.io.PrintStream old = System.err;
                int exit;
                System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
                try {
                    exit = Newswire.commandLine().execute(command, "--registry-auth", "newswire:" + file, "--work-dir",
                            secrets.resolve("work").toString());
                } finally {
                    System.setErr(old);
                }
                String message = err.toString(StandardCharsets.UTF_8);
                assertEquals(2, exit, command + " " + file + ": " + message);
                org.junit.jupiter.api.Assertions.assertTrue(message.contains(command + ": --registry-auth: password file " + file),
                        message);
            }
        }
    }

    private static JsonNode demoOnce(Path dir, String... more) throws Exception {
        StringWriter stdout = new StringWriter();
        CommandLine cli = Newswire.commandLine();
        cli.setOut(new PrintWriter(stdout));
        List<String> args = new ArrayList<>(List.of("demo", "--once", "--input", dir.toString()));
        args.addAll(List.of(more));
        int exit = cli.execute(args.toArray(String[]::new));
        assertEquals(0, exit, "exit code");
        return new ObjectMapper().readTree(stdout.toString());
    }

    private static List<String> codeRows(JsonNode rows, String codeName) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : rows) {
            out.add(row.get(codeName).asText() + "/" + row.get("day").asText() + "=" + row.get("meetings").asInt());
        }
        return out;
    }

    private static List<String> rows(JsonNode perRegion) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : perRegion) {
            out.add(row.get("region").asText() + "/" + row.get("subregion").asText() + "/" + row.get("day").asText()
                    + "=" + row.get("meetings").asInt());
        }
        return out;
    }
}
