package io.newswire.streams.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.newswire.streams.topology.DeadLetter;
import io.newswire.streams.topology.Limits;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a send the topology could not complete does (Kafka calls it for each failed send):
 * <ul>
 * <li>a dead letter that cannot be written (any error) is logged with the input record's topic, partition and
 *     offset, counted ({@link #deadLettersLost()}) and skipped: never a failure of the thread, and never another
 *     dead letter (no loop);</li>
 * <li>a record the producer or broker refuses as too large is skipped and, under at-least-once, the dead-letter
 *     topic gets a reference: key, the input's topic/partition/offset, the reason; no payload;</li>
 * <li>anything else fails the thread, as Kafka's default handler does.</li>
 * </ul>
 * Under exactly-once (the pipeline's default) the producer moves the open transaction to an abortable error on any
 * failed send, whatever this handler answers: the task's next send is refused at once and the thread dies (measured
 * on Kafka 4.3.1 with a 1.2 MB record: "Error encountered trying to send record to topic ...", nothing committed, and the
 * replacement thread dies on the same input: 2 deaths in 60 s), the transaction aborts, and the input is replayed. So under exactly-once no reference is sent
 * here (the log says where the input is), and {@link io.newswire.streams.topology.SizeGuard SizeGuard} and
 * {@link Limits} keep records under the limits <em>before</em> they are sent; under at-least-once this handler skips
 * the record and sends the reference.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private static final AtomicLong DEAD_LETTERS_LOST = new AtomicLong();
    private static final AtomicLong TOO_LARGE = new AtomicLong();

    private String deadLetterTopic = TopicNames.DEFAULTS.deadLetters();
    private boolean exactlyOnce = true;

    /** Dead letters that could not be written, in this JVM. */
    public static long deadLettersLost() {
        return DEAD_LETTERS_LOST.get();
    }

    /** Records refused as too large by the producer or broker, in this JVM. */
    public static long tooLarge() {
        return TOO_LARGE.get();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic != null && !topic.toString().isBlank()) {
            deadLetterTopic = topic.toString();
        }
        Object guarantee = configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        exactlyOnce = guarantee == null || !StreamsConfig.AT_LEAST_ONCE.equals(guarantee.toString());
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        String where = context.topic() + "-" + context.partition() + "@" + context.offset();
        if (deadLetterTopic.equals(record.topic())) {
            // A refusal by the broker arrives later, while another input is processed: the dead letter's own
            // headers say which input it is about.
            String source = header(record, DeadLetter.TOPIC);
            if (source != null) {
                where = source + "-" + header(record, DeadLetter.PARTITION) + "@" + header(record, DeadLetter.OFFSET);
            }
            DEAD_LETTERS_LOST.incrementAndGet();
            log.error("Dead letter for input record {} could not be written to {} and is skipped: {}", where, record.topic(),
                    Limits.cut(exception.toString(), DeadLetter.MAX_MESSAGE_CHARS));
            return Response.resume();
        }
        if (exception instanceof RecordTooLargeException) {
            TOO_LARGE.incrementAndGet();
            int size = (record.value() == null ? 0 : record.value().length) + (record.key() == null ? 0 : record.key().length);
            String reason = "a record of " + size + " bytes for " + record.topic() + " was refused: " + exception.getMessage();
            log.error("Input record {}: {}; skipped, a reference goes to {}", where, Limits.cut(reason, DeadLetter.MAX_MESSAGE_CHARS), deadLetterTopic);
            RecordHeaders headers = new RecordHeaders();
            put(headers, DeadLetter.STAGE, DeadLetter.Stage.PRODUCE.name().toLowerCase(java.util.Locale.ROOT));
            put(headers, DeadLetter.EXCEPTION, exception.getClass().getName());
            put(headers, DeadLetter.MESSAGE, Limits.cut(reason, DeadLetter.MAX_MESSAGE_CHARS));
            put(headers, DeadLetter.PAYLOAD, "omitted: " + size + " bytes");
            if (context.topic() != null) {
                put(headers, DeadLetter.TOPIC, context.topic());
                put(headers, DeadLetter.PARTITION, Integer.toString(context.partition()));
                put(headers, DeadLetter.OFFSET, Long.toString(context.offset()));
            }
            if (exactlyOnce) {
                // The producer has already moved the transaction to an abortable error: a dead letter sent now would
                // be refused at once (and fail the thread); the transaction aborts and the input is replayed.
                log.error("Input record {}: under exactly-once the transaction aborts and the record is replayed; records over "
                        + "{} bytes are kept out by the size guard, so this one passed a limit of the producer or the topic that is "
                        + "lower than that (max.request.size, max.message.bytes)", where, Limits.MAX_RECORD_BYTES);
                return Response.resume();
            }
            byte[] key = context.sourceRawKey();
            if (key != null && key.length > Limits.MAX_ID_CHARS) {
                key = java.util.Arrays.copyOf(key, Limits.MAX_ID_CHARS);
            }
            return Response.resume(List.of(new ProducerRecord<>(deadLetterTopic, null, key, null, headers)));
        }
        return Response.fail();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        org.apache.kafka.common.header.Header h = record.headers() == null ? null : record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
