package io.newswire.streams.topology;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.util.Utf8;

/**
 * An upper bound of a record's Avro binary size, without encoding it: a string counts three bytes per UTF-16
 * unit (a surrogate pair, two units, is four UTF-8 bytes), a number its longest varint. Cheap enough for every
 * record; used to keep records and store values under {@link Limits}.
 */
final class AvroSize {
    private AvroSize() {}

    static long upperBound(IndexedRecord record) {
        return record == null ? 0 : of(record, record.getSchema());
    }

    private static long of(Object datum, Schema schema) {
        switch (schema.getType()) {
            case NULL:
                return 0;
            case BOOLEAN:
                return 1;
            case INT:
            case ENUM:
                return 5;
            case LONG:
                return 10;
            case FLOAT:
                return 4;
            case DOUBLE:
                return 8;
            case STRING:
                return 10 + (datum instanceof Utf8 u ? u.getByteLength() : 3L * datum.toString().length());
            case BYTES:
                return 10 + ((ByteBuffer) datum).remaining();
            case FIXED:
                return ((GenericFixed) datum).bytes().length;
            case ARRAY: {
                long size = 11;
                for (Object item : (Collection<?>) datum) {
                    size += of(item, schema.getElementType());
                }
                return size;
            }
            case MAP: {
                long size = 11;
                for (Map.Entry<?, ?> e : ((Map<?, ?>) datum).entrySet()) {
                    size += 10 + 3L * e.getKey().toString().length() + of(e.getValue(), schema.getValueType());
                }
                return size;
            }
            case UNION: {
                long branch = 0;
                for (Schema s : schema.getTypes()) {
                    if ((datum == null) == (s.getType() == Schema.Type.NULL)) {
                        try {
                            branch = Math.max(branch, of(datum, s));
                        } catch (ClassCastException notThisBranch) {
                            // another branch of a union of several types
                        }
                    }
                }
                return 5 + branch;
            }
            case RECORD: {
                IndexedRecord r = (IndexedRecord) datum;
                long size = 0;
                for (Schema.Field f : schema.getFields()) {
                    size += of(r.get(f.pos()), f.schema());
                }
                return size;
            }
            default:
                throw new IllegalArgumentException("no size for " + schema.getType());
        }
    }
}
