package io.newswire.streams.topology;

import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import java.util.List;
import io.newswire.extract.Extractor;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.RawArticle;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one raw record and enriches the article it holds. The value arrives as bytes so
 * that a record that cannot be decoded, or an article the extractor fails on, becomes a
 * dead letter here, in the stream, instead of stopping the task.
 */
final class ArticleEnricher implements FixedKeyProcessor<String, byte[], ReadResult> {
    private static final Logger log = LoggerFactory.getLogger(ArticleEnricher.class);

    private final Extractor extractor;
    private final Deserializer<RawArticle> deserializer;
    private final PipelineMetrics metrics;
    /** Meetings below this confidence are dropped here, before they become reports ({@link StreamsSettings#MIN_CONFIDENCE}). */
    private final double minConfidence;
    private FixedKeyProcessorContext<String, ReadResult> context;

    ArticleEnricher(Extractor extractor, Deserializer<RawArticle> deserializer, PipelineMetrics metrics) {
        this(extractor, deserializer, metrics, 0.0);
    }

    ArticleEnricher(Extractor extractor, Deserializer<RawArticle> deserializer, PipelineMetrics metrics, double minConfidence) {
        this.minConfidence = minConfidence;
        this.extractor = extractor;
        this.deserializer = deserializer;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ReadResult> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        if (record.value() == null) {
            metrics.articleRetracted();
            context.forward(record.withValue(ReadResult.RETRACTED));
            return;
        }
        String topic = context.recordMetadata().map(m -> m.topic()).orElse("");
        RawArticle article;
        try {
            if (record.key() != null && record.key().length() > Limits.MAX_ID_CHARS) {
                throw new IllegalArgumentException("key of " + record.key().length() + " characters, longer than the limit of "
                        + Limits.MAX_ID_CHARS + " for an article id");
            }
            article = deserializer.deserialize(topic, record.headers(), record.value());
            if (article == null || article.getId() == null) {
                throw new IllegalArgumentException("record holds no article");
            }
            if (article.getId().length() > Limits.MAX_ID_CHARS) {
                throw new IllegalArgumentException("article id of " + article.getId().length() + " characters, longer than the limit of "
                        + Limits.MAX_ID_CHARS);
            }
        } catch (RuntimeException e) {
            deadLetter(record, DeadLetter.Stage.DESERIALIZE, e);
            return;
        }
        try {
            long started = System.nanoTime();
            var enrichment = confident(extractor.extract(new Article(article.getId(), textOf(article), article.getPublished(), article.getSource())));
            EnrichedArticle enriched = EventMapper.toEnrichedArticle(article, enrichment);
            metrics.articleEnriched(System.nanoTime() - started);
            context.forward(record.withValue(ReadResult.enriched(enriched)));
        } catch (RuntimeException e) {
            deadLetter(record, DeadLetter.Stage.ENRICH, e);
        }
    }

    /** The enrichment without the meetings below {@link #minConfidence}, counted in the metrics. */
    private Enrichment confident(Enrichment e) {
        if (minConfidence <= 0) return e;
        List<Enrichment.Meeting> kept = e.meetings().stream().filter(m -> m.confidence() >= minConfidence).toList();
        if (kept.size() == e.meetings().size()) return e;
        metrics.meetingsBelowConfidence(e.meetings().size() - kept.size());
        return new Enrichment(e.published(), kept, e.topics());
    }

    private static String textOf(RawArticle article) {
        String body = article.getBody() == null ? "" : article.getBody();
        return article.getHeadline() == null || article.getHeadline().isBlank() || body.startsWith(article.getHeadline())
                ? body : article.getHeadline() + "\n\n" + body;
    }

    private void deadLetter(FixedKeyRecord<String, byte[]> record, DeadLetter.Stage stage, Exception error) {
        String where = context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?");
        String key = Limits.cut(record.key(), Limits.MAX_ID_CHARS);
        log.warn("Record {} (key {}) sent to the dead-letter topic: {} failed: {}", where, key, stage,
                Limits.cut(error.toString(), DeadLetter.MAX_MESSAGE_CHARS));
        DeadLetter.describe(record.headers(), stage, error, context.recordMetadata().orElse(null));
        metrics.deadLetter(stage.name().toLowerCase(java.util.Locale.ROOT));
        byte[] value = record.value();
        if (value.length + (key == null ? 0 : 3L * key.length()) > Limits.MAX_RECORD_BYTES) {
            // The raw topic takes records the producer here could not send (2 MiB): a refused send would abort the
            // transaction and replay this record forever. The dead letter says where to find it instead.
            DeadLetter.omitPayload(record.headers(), "omitted: " + value.length + " bytes, over the limit of "
                    + Limits.MAX_RECORD_BYTES + "; the record is at " + where);
            value = ReadResult.NO_PAYLOAD;
        }
        context.forward(record.withValue(ReadResult.failed(value))); // the key is cut to the same length on the way out
    }
}
