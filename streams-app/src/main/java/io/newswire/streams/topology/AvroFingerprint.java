package io.newswire.streams.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * A 64-bit fingerprint of a record's value: Avro's Rabin fingerprint of its binary encoding.
 * Equal records give equal fingerprints; different ones collide with odds of about 2^-64.
 * One instance per processor (it reuses its buffer; not thread-safe).
 */
final class AvroFingerprint<T extends SpecificRecord> {
    private final SpecificDatumWriter<T> writer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private BinaryEncoder encoder;

    AvroFingerprint(Class<T> type) {
        SpecificData model = SpecificData.getForClass(type); // the class's own model, with its date conversions
        this.writer = new SpecificDatumWriter<>(model.getSchema(type), model);
    }

    long of(T record) {
        buffer.reset();
        encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
        try {
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen writing to memory
        }
        return SchemaNormalization.fingerprint64(buffer.toByteArray());
    }
}
