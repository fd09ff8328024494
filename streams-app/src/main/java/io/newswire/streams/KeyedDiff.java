package io.newswire.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.newswire.schema.EnrichedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns each version of an article into upserts of the records it contributes (meeting
 * mentions, topic events) and tombstones for the ones its previous version contributed but
 * this one does not. A retraction (null article) tombstones them all. The store remembers,
 * per article id, the keys of the last version.
 */
final class KeyedDiff<V> implements Processor<String, EnrichedArticle, String, V> {
    private final String storeName;
    private final Function<EnrichedArticle, Map<String, V>> contributions;
    private ProcessorContext<String, V> context;
    private KeyValueStore<String, List<String>> previousKeys;

    KeyedDiff(String storeName, Function<EnrichedArticle, Map<String, V>> contributions) {
        this.storeName = storeName;
        this.contributions = contributions;
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        this.context = context;
        this.previousKeys = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        Map<String, V> current = record.value() == null ? Map.of() : new LinkedHashMap<>(contributions.apply(record.value()));
        List<String> before = previousKeys.get(record.key());
        if (before != null) {
            for (String key : before) {
                if (!current.containsKey(key)) {
                    context.forward(record.withKey(key).withValue(null));
                }
            }
        }
        for (Map.Entry<String, V> e : current.entrySet()) {
            context.forward(record.withKey(e.getKey()).withValue(e.getValue()));
        }
        if (current.isEmpty()) {
            previousKeys.delete(record.key());
        } else {
            previousKeys.put(record.key(), new ArrayList<>(current.keySet()));
        }
    }
}
