package io.newswire.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The store and repartition names are a running application's internal format (changelog and repartition
 * topics): renaming a class or a processor must not change them. They change only at the next internal-format
 * break, with an "Upgrading" note in the README.
 */
class InternalFormatTest {
    @Test
    void storeAndRepartitionNamesAreThoseOfTheRunningApplications() {
        TopologyDescription description = NewswireTopology.build(TopicNames.DEFAULTS, new ScriptedExtractor(),
                new AvroSerdes(Map.of("schema.registry.url", "mock://internal-format"))).describe();
        Set<String> stores = new TreeSet<>();
        Set<String> repartitions = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    stores.addAll(p.stores());
                }
                if (node instanceof TopologyDescription.Sink s && s.topic().endsWith("-repartition")) {
                    repartitions.add(s.topic());
                }
            }
        }
        assertEquals(new TreeSet<>(Set.of("article-footprints", "meeting-clusters", "report-clusters", "meetings",
                "meetings-per-region-per-day", "meetings-per-country-per-day", "meetings-per-body-per-day",
                "meetings-per-venue-country-per-day", "topics-per-region-per-day", "topics-per-country-per-day",
                "themes-per-day")), stores);
        assertEquals(new TreeSet<>(Set.of("reports-by-block-repartition", "meetings-by-id-repartition",
                "count-changes-by-day-repartition")), repartitions);
    }
}
