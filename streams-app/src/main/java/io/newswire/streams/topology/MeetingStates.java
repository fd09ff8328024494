package io.newswire.streams.topology;

import io.newswire.schema.MeetingEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest state of every meeting by meeting id, for the HTTP API ({@code /api/meetings/{id}} asks the
 * instance that owns the id's partition), and passes each state on to {@code news.meetings}. Identity resolution
 * works by blocking key, so its meetings are repartitioned by id to reach this step.
 */
final class MeetingStates implements FixedKeyProcessor<String, MeetingEvent, MeetingEvent> {
    private FixedKeyProcessorContext<String, MeetingEvent> context;
    private KeyValueStore<String, MeetingEvent> meetings;

    @Override
    public void init(FixedKeyProcessorContext<String, MeetingEvent> context) {
        this.context = context;
        this.meetings = context.getStateStore(StoreNames.MEETINGS);
    }

    @Override
    public void process(FixedKeyRecord<String, MeetingEvent> record) {
        if (record.value() == null) {
            meetings.delete(record.key());
        } else {
            meetings.put(record.key(), record.value());
        }
        context.forward(record);
    }
}
