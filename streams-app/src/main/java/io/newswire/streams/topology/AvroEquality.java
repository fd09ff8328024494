package io.newswire.streams.topology;

import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Equality of generated Avro records. Their own equals() compares with a model that has no
 * logical-type conversions and throws on a LocalDate field; this uses the class's own model.
 */
final class AvroEquality {
    private AvroEquality() {}

    static boolean same(SpecificRecord a, SpecificRecord b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        return SpecificData.getForClass(a.getClass()).compare(a, b, a.getSchema()) == 0; // no map fields in these records
    }
}
