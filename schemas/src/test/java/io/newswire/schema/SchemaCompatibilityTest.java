package io.newswire.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema that is written to a topic or a store is BACKWARD compatible with the last released one
 * ({@code src/test/resources/released/}): the current app reads what the previous one wrote, as the registry's
 * default compatibility level demands. A released copy is replaced only by a release, never to make this pass.
 */
class SchemaCompatibilityTest {
  static final String RELEASED = "/released/2026-12-03/";

  static Stream<Arguments> writtenSchemas() {
    return Stream.of(RawArticle.getClassSchema(), MeetingEvent.getClassSchema(), TopicEvent.getClassSchema(),
            MeetingReport.getClassSchema(), MeetingReports.getClassSchema(), ArticleFootprint.getClassSchema(),
            CountChanges.getClassSchema(), DailyCounts.getClassSchema())
        .map(s -> Arguments.of(releasedName(s), s));
  }

  /**
   * The name the schema was released under: a renamed record keeps its old name as an alias (Avro resolves
   * data written under the old name through it), as the internal types did at the issue-17 format break.
   */
  static String releasedName(Schema s) {
    return s.getAliases().isEmpty() ? s.getName() : s.getAliases().iterator().next().replaceFirst(".*\\.", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenSchemas")
  void theCurrentSchemaReadsWhatTheReleasedOneWrote(String name, Schema current) throws IOException {
    Schema released = released(name);
    SchemaCompatibility.SchemaPairCompatibility result =
        SchemaCompatibility.checkReaderWriterCompatibility(current, released);
    assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
        () -> name + " cannot read data written with the released schema: " + result.getResult().getIncompatibilities().stream()
            .map(i -> i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")").toList());
  }

  @Test
  void aParticipantWrittenBeforeBodyExistedReadsWithBodyNull() throws IOException {
    Schema released = released("MeetingEvent");
    Schema releasedParticipant = released.getField("participants").schema().getElementType();
    GenericRecord lavrov = new GenericData.Record(releasedParticipant);
    lavrov.put("name", "Sergey Lavrov");
    lavrov.put("country", "RU");
    // before issue 16 a body's code sat in country: the African Union's AU as if it were Australia
    GenericRecord auSide = new GenericData.Record(releasedParticipant);
    auSide.put("organization", "African Union");
    auSide.put("country", "AU");
    GenericRecord old = new GenericData.Record(released);
    old.put("meetingId", "m-1");
    old.put("participants", List.of(lavrov, auSide));
    old.put("kind", new GenericData.EnumSymbol(released.getField("kind").schema(), "IN_PERSON"));
    old.put("status", new GenericData.EnumSymbol(released.getField("status").schema(), "HELD"));
    old.put("cameo", "040");
    old.put("evidence", List.of());
    old.put("articleIds", List.of("a-1"));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(released).write(old, encoder);
    encoder.flush();
    MeetingEvent read = new SpecificDatumReader<MeetingEvent>(released, MeetingEvent.getClassSchema(),
        SpecificData.getForClass(MeetingEvent.class))
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));

    Participant first = read.getParticipants().get(0);
    assertEquals("Sergey Lavrov", first.getName());
    assertEquals("RU", first.getCountry());
    assertNull(first.getBody(), "the new field takes its default");
    assertEquals("AU", read.getParticipants().get(1).getCountry(), "old records keep what they held");
    assertNull(read.getParticipants().get(1).getBody());
  }

  private static Schema released(String name) throws IOException {
    try (InputStream in = SchemaCompatibilityTest.class.getResourceAsStream(RELEASED + name + ".avsc")) {
      assertNotNull(in, "no released copy of " + name + " under " + RELEASED);
      return new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
