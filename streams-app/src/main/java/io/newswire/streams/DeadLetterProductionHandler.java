package io.newswire.streams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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
 * <li>a record the producer or broker refuses as too large is skipped and the dead-letter topic gets a reference:
 *     key, the input's topic/partition/offset, the reason; no payload;</li>
 * <li>anything else fails the thread, as Kafka's default handler does.</li>
 * </ul>
 * Under exactly-once (the pipeline's default) the producer aborts the open transaction after any failed send,
 * whatever this handler answers: the task then restarts from its last commit and, if the same input fails the same
 * way, again. That is why {@link SizeGuard} and {@link Limits} keep records under the limits <em>before</em> they are
 * sent; this handler makes the at-least-once configuration skip the record, and logs every case with its offset.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private static final AtomicLong DEAD_LETTERS_LOST = new AtomicLong();
    private static final AtomicLong TOO_LARGE = new AtomicLong();

    private String deadLetterTopic = TopicNames.DEFAULTS.deadLetters();

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
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        String where = context.topic() + "-" + context.partition() + "@" + context.offset();
        if (deadLetterTopic.equals(record.topic())) {
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
            byte[] key = context.sourceRawKey();
            if (key != null && key.length > Limits.MAX_ID_CHARS) {
                key = java.util.Arrays.copyOf(key, Limits.MAX_ID_CHARS);
            }
            return Response.resume(List.of(new ProducerRecord<>(deadLetterTopic, null, key, null, headers)));
        }
        return Response.fail();
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
