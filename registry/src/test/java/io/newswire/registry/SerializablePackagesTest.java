package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.Participant;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Avro 1.12 restricts the classes a SpecificDatumReader may load to
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES}. Surefire sets that property for every test; this
 * one decodes in a child JVM without it, to show the deserializer does not depend on it.
 */
class SerializablePackagesTest {

  /** Run in the child JVM: round trip of a MeetingEvent through a mock registry; exit code 0 when equal. */
  public static void main(String[] args) {
    SpecificAvroSerde<MeetingEvent> serde = new SpecificAvroSerde<>();
    serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://child"), false);
    MeetingEvent meeting = MeetingEvent.newBuilder().setMeetingId("m")
        .setDate(LocalDate.of(2025, 1, 2))
        .setParticipants(List.of(Participant.newBuilder().setName("A").build()))
        .setLocation(Location.newBuilder().setCity("Geneva").build())
        .build();
    MeetingEvent back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", meeting));
    System.out.println("property=" + System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") + " equal=" + meeting.equals(back));
    System.exit(meeting.equals(back) ? 0 : 1);
  }

  @Test
  void specificRecordsDecodeWithoutTheSerializablePackagesProperty() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SerializablePackagesTest.class.getName())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    child.waitFor(60, TimeUnit.SECONDS);

    assertEquals(0, child.exitValue(), output);
    assertEquals(true, output.contains("property=null equal=true"), output);
  }
}
