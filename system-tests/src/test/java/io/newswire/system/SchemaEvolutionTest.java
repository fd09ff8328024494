package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.embedded.registry.SchemaRegistryServer;
import io.newswire.registry.KafkaAvroDeserializer;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution of {@code MeetingEvent} through our embedded registry (BACKWARD, the default): a v2 with a
 * new optional field is accepted; a consumer built on v1 (the generated class) reads v2 records; the v2 app
 * reads v1 records, the new field taking its default; an incompatible change is refused with HTTP 409 and a
 * message that says so, and the serializer surfaces it.
 */
class SchemaEvolutionTest {
    static final String TOPIC = "news.meetings";
    static final String SUBJECT = TOPIC + "-value";
    static final ObjectMapper JSON = new ObjectMapper();

    SchemaRegistryServer registry;
    Map<String, Object> config;

    @BeforeEach
    void start() {
        registry = SchemaRegistryServer.inMemory("127.0.0.1", 0);
        config = Map.of("schema.registry.url", registry.url(), "specific.avro.reader", "true");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    static MeetingEvent v1Meeting() {
        return MeetingEvent.newBuilder().setMeetingId("m-1")
                .setParticipants(List.of(new Participant("Sergey Lavrov", "Foreign Minister", null, "RU", null),
                        new Participant("Wang Yi", "Foreign Minister", null, "CN", null)))
                .setKind(MeetingKind.IN_PERSON).setStatus(MeetingStatus.HELD).setDate(LocalDate.of(2024, 5, 2))
                .setDay(LocalDate.of(2024, 5, 2)).setLocation(new Location("Beijing", "CN", "Asia", "Eastern Asia"))
                .setArticleIds(new ArrayList<>(List.of("a-1", "b-2"))).build();
    }

    /** MeetingEvent plus one field, added the compatible way (optional, default null) or not (required). */
    static Schema withNewField(boolean optional) throws Exception {
        ObjectNode schema = (ObjectNode) JSON.readTree(MeetingEvent.getClassSchema().toString());
        ObjectNode field = ((ArrayNode) schema.get("fields")).addObject();
        field.put("name", "salience");
        if (optional) {
            field.putArray("type").add("null").add("double");
            field.putNull("default");
        } else {
            field.put("type", "double");
        }
        field.put("doc", "v2: how prominent the meeting is in its articles");
        return new Schema.Parser().parse(schema.toString());
    }

    static GenericRecord asV2(MeetingEvent m, Schema v2, Double salience) {
        GenericRecord v1Generic = (GenericRecord) GenericData.get().deepCopy(MeetingEvent.getClassSchema(),
                new GenericDatumReaderCopy().toGeneric(m));
        GenericData.Record r = new GenericData.Record(v2);
        for (Schema.Field f : MeetingEvent.getClassSchema().getFields()) {
            r.put(f.name(), v1Generic.get(f.name()));
        }
        r.put("salience", salience);
        return r;
    }

    @Test
    void anOptionalFieldIsAcceptedAndBothVersionsReadEachOther() throws Exception {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        byte[] v1Bytes = serializer.serialize(TOPIC, v1Meeting());           // registers v1 (the app's schema)
        Schema v2 = withNewField(true);
        byte[] v2Bytes = serializer.serialize(TOPIC, asV2(v1Meeting(), v2, 0.9)); // registers v2: BACKWARD-compatible
        int v1Id = ByteBuffer.wrap(v1Bytes, 1, 4).getInt();
        int v2Id = ByteBuffer.wrap(v2Bytes, 1, 4).getInt();
        assertTrue(v1Id != v2Id, "v2 is a new schema");
        assertEquals("[1,2]", get("/subjects/" + SUBJECT + "/versions").body().replace(" ", ""));

        // A consumer built on v1 (the generated class) reads a v2 record: the new field is skipped.
        KafkaAvroDeserializer v1Consumer = new KafkaAvroDeserializer();
        v1Consumer.configure(config, false);
        MeetingEvent read = (MeetingEvent) v1Consumer.deserialize(TOPIC, v2Bytes);
        assertEquals(v1Meeting(), read);

        // The v2 app reads a v1 record: the new field takes its default.
        GenericRecord old = readAs(v2, v1Bytes);
        assertNull(old.get("salience"));
        assertEquals("m-1", old.get("meetingId").toString());
        assertEquals(0.9, readAs(v2, v2Bytes).get("salience"));
    }

    @Test
    void anIncompatibleChangeIsRefusedWith409AndAClearMessage() throws Exception {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        serializer.serialize(TOPIC, v1Meeting());
        Schema incompatible = withNewField(false); // a required field without default: v2 cannot read v1 data

        HttpResponse<String> refused = post("/subjects/" + SUBJECT + "/versions",
                JSON.writeValueAsString(Map.of("schema", incompatible.toString())));
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error_code\":409") && refused.body().toLowerCase().contains("incompatible"), refused.body());
        HttpResponse<String> check = post("/compatibility/subjects/" + SUBJECT + "/versions/latest",
                JSON.writeValueAsString(Map.of("schema", incompatible.toString())));
        assertTrue(check.body().replace(" ", "").contains("\"is_compatible\":false"), check.body());

        SerializationException e = assertThrows(SerializationException.class,
                () -> serializer.serialize(TOPIC, asV2(v1Meeting(), incompatible, 0.5)));
        String message = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        assertTrue(message.contains("409") || message.toLowerCase().contains("incompatible"), message);
        assertEquals("[1]", get("/subjects/" + SUBJECT + "/versions").body().replace(" ", ""), "nothing registered");

        // Removing a field without a default is refused the same way.
        ObjectNode removed = (ObjectNode) JSON.readTree(MeetingEvent.getClassSchema().toString());
        ArrayNode fields = (ArrayNode) removed.get("fields");
        ObjectNode renamed = (ObjectNode) fields.get(0);
        renamed.put("name", "meetingKey"); // renaming a required field without an alias
        assertEquals(409, post("/subjects/" + SUBJECT + "/versions", JSON.writeValueAsString(Map.of("schema", removed.toString()))).statusCode());
    }

    /** MeetingEvent as released before issue 16: the current schema without Participant.body. */
    static Schema withoutParticipantBody() throws Exception {
        ObjectNode schema = (ObjectNode) JSON.readTree(MeetingEvent.getClassSchema().toString());
        for (com.fasterxml.jackson.databind.JsonNode field : schema.get("fields")) {
            if (field.get("name").asText().equals("participants")) {
                ArrayNode participantFields = (ArrayNode) field.get("type").get("items").get("fields");
                for (int i = participantFields.size() - 1; i >= 0; i--) {
                    if (participantFields.get(i).get("name").asText().equals("body")) {
                        participantFields.remove(i);
                    }
                }
            }
        }
        Schema released = new Schema.Parser().parse(schema.toString());
        assertNull(released.getField("participants").schema().getElementType().getField("body"));
        return released;
    }

    @Test
    void participantBodyIsABackwardCompatibleAdditionForTheRegistry() throws Exception {
        Schema released = withoutParticipantBody();
        HttpResponse<String> first = post("/subjects/" + SUBJECT + "/versions", JSON.writeValueAsString(Map.of("schema", released.toString())));
        assertEquals(200, first.statusCode(), first.body());
        int releasedId = JSON.readTree(first.body()).get("id").asInt();

        // The app's MeetingEvent, with an African Union official, registers as the next version.
        MeetingEvent withBody = v1Meeting();
        withBody.setParticipants(List.of(withBody.getParticipants().get(0),
                new Participant("Moussa Diallo", "Commission Chairperson", "African Union", null, "AU")));
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        byte[] current = serializer.serialize(TOPIC, withBody);
        assertEquals("[1,2]", get("/subjects/" + SUBJECT + "/versions").body().replace(" ", ""));

        // A consumer on the released schema reads it (body skipped); the app reads released records (body null).
        GenericRecord oldView = readAs(released, current);
        GenericRecord diallo = (GenericRecord) ((List<?>) oldView.get("participants")).get(1);
        assertEquals("African Union", diallo.get("organization").toString());
        assertNull(diallo.get("country"), "never AU, which released consumers would take for Australia");

        GenericRecord old = readAs(released, serializer.serialize(TOPIC, v1Meeting())); // v1Meeting in the released shape
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(releasedId).array());
        org.apache.avro.io.BinaryEncoder enc = org.apache.avro.io.EncoderFactory.get().binaryEncoder(out, null);
        new org.apache.avro.generic.GenericDatumWriter<GenericRecord>(released).write(old, enc);
        enc.flush();
        KafkaAvroDeserializer app = new KafkaAvroDeserializer();
        app.configure(config, false);
        MeetingEvent read = (MeetingEvent) app.deserialize(TOPIC, out.toByteArray());
        assertEquals("RU", read.getParticipants().get(0).getCountry());
        assertNull(read.getParticipants().get(0).getBody(), "the new field takes its default");
    }

    private GenericRecord readAs(Schema reader, byte[] wire) throws Exception {
        int id = ByteBuffer.wrap(wire, 1, 4).getInt();
        String body = get("/schemas/ids/" + id).body();
        Schema writer = new Schema.Parser().parse(JSON.readTree(body).get("schema").asText());
        GenericDatumReader<GenericRecord> r = new GenericDatumReader<>(writer, reader);
        return r.read(null, DecoderFactory.get().binaryDecoder(wire, 5, wire.length - 5, null));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(registry.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A specific record as a generic one (same schema), by a binary round trip. */
    static final class GenericDatumReaderCopy {
        Object toGeneric(MeetingEvent m) {
            try {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                org.apache.avro.io.BinaryEncoder enc = org.apache.avro.io.EncoderFactory.get().binaryEncoder(out, null);
                new org.apache.avro.specific.SpecificDatumWriter<MeetingEvent>(MeetingEvent.getClassSchema(), SpecificData.getForClass(MeetingEvent.class))
                        .write(m, enc);
                enc.flush();
                return new GenericDatumReader<GenericRecord>(MeetingEvent.getClassSchema())
                        .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
