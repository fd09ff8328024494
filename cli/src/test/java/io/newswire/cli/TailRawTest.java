package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.EmbeddedKafka;
import io.newswire.ingest.ArticleReader;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 16 item 4: dead letters read with tail: key, headers, the value as text or base64; and Kafka down named. */
class TailRawTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTRY = "mock://tail-raw";

    @TempDir
    Path dir;

    @Test
    void deadLettersArePrintedWithKeyHeadersAndTheirBytes() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            String topic = "news.articles.dlq";
            kafka.createTopic(topic, 1, Map.of());
            RawArticle article = new ArticleReader().fromText("wire/a.txt", "wire/a.txt", "GENEVA (AP) — Ministers met.\n");
            KafkaAvroSerializer avro = new KafkaAvroSerializer();
            avro.configure(Map.of("schema.registry.url", REGISTRY), false);
            byte[] avroBytes = avro.serialize("news.articles.raw", article);
            byte[] binary = {0x00, 0x00, 0x00, 0x00, 0x63, (byte) 0xff, 0x01};
            try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                ProducerRecord<byte[], byte[]> text = new ProducerRecord<>(topic, "line-7".getBytes(StandardCharsets.UTF_8),
                        "{\"id\":\"line-7\",\"body\":\"Ministers met in Genève\"".getBytes(StandardCharsets.UTF_8));
                text.headers().add("__streams.errors.exception", "org.apache.kafka.common.errors.SerializationException".getBytes(StandardCharsets.UTF_8));
                text.headers().add("__streams.errors.offset", "41".getBytes(StandardCharsets.UTF_8));
                text.headers().add("newswire.errors.stage", "deserialize".getBytes(StandardCharsets.UTF_8));
                p.send(text);
                ProducerRecord<byte[], byte[]> bin = new ProducerRecord<>(topic, "bin".getBytes(StandardCharsets.UTF_8), binary);
                bin.headers().add("newswire.errors.stage", "deserialize".getBytes(StandardCharsets.UTF_8));
                p.send(bin);
                ProducerRecord<byte[], byte[]> enrich = new ProducerRecord<>(topic, "wire/a.txt".getBytes(StandardCharsets.UTF_8), avroBytes);
                enrich.headers().add("newswire.errors.stage", "enrich".getBytes(StandardCharsets.UTF_8));
                p.send(enrich);
                p.flush();
            }

            List<JsonNode> lines = tail(kafka, topic, "--from-beginning", "--max", "3");
            JsonNode text = lines.get(0);
            assertEquals("line-7", text.get("key").asText());
            assertEquals("deserialize", text.get("headers").get("newswire.errors.stage").asText());
            assertEquals("41", text.get("headers").get("__streams.errors.offset").asText());
            assertEquals("org.apache.kafka.common.errors.SerializationException", text.get("headers").get("__streams.errors.exception").asText());
            assertEquals("{\"id\":\"line-7\",\"body\":\"Ministers met in Genève\"", text.get("value").asText(), "the value as text");
            assertTrue(text.get("error").asText().startsWith("not decoded through the registry"), text.toString());

            JsonNode bin = lines.get(1);
            assertEquals(Base64.getEncoder().encodeToString(binary), bin.get("valueBase64").asText(), bin.toString());
            assertFalse(bin.has("value"), bin.toString());
            assertEquals(7, bin.get("valueBytes").asInt());

            JsonNode decoded = lines.get(2);
            assertEquals("enrich", decoded.get("headers").get("newswire.errors.stage").asText());
            assertEquals("wire/a.txt", decoded.get("value").get("id").asText(), "a dead letter that is a RawArticle is decoded: " + decoded);
            assertEquals("GENEVA (AP) — Ministers met.\n", decoded.get("value").get("body").asText());

            JsonNode raw = tail(kafka, topic, "--from-beginning", "--max", "3", "--raw").get(2);
            assertEquals(Base64.getEncoder().encodeToString(avroBytes), raw.get("valueBase64").asText(), "--raw never decodes: " + raw);
        }
    }

    @Test
    void kafkaDownNamesTheBootstrapServerAndWhatToCheck() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        int exit;
        long t0 = System.nanoTime();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = Newswire.commandLine();
            cli.setOut(new PrintWriter(new StringWriter()));
            exit = cli.execute("tail", "news.meetings", "--timeout", "2s", "--bootstrap-server", "127.0.0.1:" + port,
                    "--schema-registry", REGISTRY);
        } finally {
            System.setErr(before);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, message);
        assertTrue(message.contains("tail: Kafka at 127.0.0.1:" + port + " did not answer within 2 s: no broker could be reached there"
                + " (is Kafka running? is 127.0.0.1:" + port + " the right host:port"), message);
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "bounded by --timeout");
    }

    private static List<JsonNode> tail(EmbeddedKafka kafka, String... args) throws Exception {
        StringWriter stdout = new StringWriter();
        CommandLine cli = Newswire.commandLine();
        cli.setOut(new PrintWriter(stdout));
        List<String> all = new ArrayList<>(List.of("tail"));
        all.addAll(List.of(args));
        all.addAll(List.of("--bootstrap-server", kafka.bootstrapServers(), "--schema-registry", REGISTRY));
        assertEquals(0, cli.execute(all.toArray(String[]::new)), "exit code");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
