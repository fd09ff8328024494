package io.newswire.cli;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

/**
 * Plain JSON of an Avro datum, the way a person reads it: records as objects, unions as
 * the value itself (no {"string": ...} wrapper as in Avro's own JSON encoding), dates and
 * timestamps as ISO-8601 text, bytes as base64.
 */
final class AvroJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {}

    static JsonNode of(Object datum) {
        if (datum instanceof GenericRecord r) {
            return of(datum, r.getSchema());
        }
        return of(datum, null);
    }

    static JsonNode of(Object datum, Schema schema) {
        if (datum == null) {
            return NODES.nullNode();
        }
        if (schema != null && schema.getType() == Schema.Type.UNION) {
            schema = schema.getTypes().get(GenericData.get().resolveUnion(schema, datum));
        }
        LogicalType logical = schema == null ? null : schema.getLogicalType();
        if (logical != null) {
            JsonNode converted = logical(logical.getName(), datum);
            if (converted != null) {
                return converted;
            }
        }
        if (datum instanceof GenericRecord r) {
            ObjectNode out = NODES.objectNode();
            for (Schema.Field f : r.getSchema().getFields()) {
                out.set(f.name(), of(r.get(f.pos()), f.schema()));
            }
            return out;
        }
        if (datum instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            Schema values = schema != null && schema.getType() == Schema.Type.MAP ? schema.getValueType() : null;
            map.forEach((k, v) -> out.set(String.valueOf(k), of(v, values)));
            return out;
        }
        if (datum instanceof Collection<?> list) {
            ArrayNode out = NODES.arrayNode();
            Schema items = schema != null && schema.getType() == Schema.Type.ARRAY ? schema.getElementType() : null;
            list.forEach(v -> out.add(of(v, items)));
            return out;
        }
        if (datum instanceof CharSequence || datum instanceof GenericData.EnumSymbol || datum instanceof Enum<?>) {
            return NODES.textNode(datum.toString());
        }
        if (datum instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (datum instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (datum instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (datum instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (datum instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (datum instanceof ByteBuffer bb) {
            ByteBuffer copy = bb.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        if (datum instanceof byte[] bytes) {
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        if (datum instanceof GenericFixed fixed) {
            return NODES.textNode(Base64.getEncoder().encodeToString(fixed.bytes()));
        }
        return NODES.textNode(datum.toString());
    }

    private static JsonNode logical(String name, Object datum) {
        switch (name) {
            case "date":
                if (datum instanceof Integer days) {
                    return NODES.textNode(LocalDate.ofEpochDay(days).toString());
                }
                break;
            case "timestamp-millis":
                if (datum instanceof Long ms) {
                    return NODES.textNode(Instant.ofEpochMilli(ms).toString());
                }
                break;
            case "timestamp-micros":
                if (datum instanceof Long us) {
                    return NODES.textNode(Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000).toString());
                }
                break;
            case "time-millis":
                if (datum instanceof Integer ms) {
                    return NODES.textNode(LocalTime.ofNanoOfDay(ms * 1_000_000L).toString());
                }
                break;
            default:
                break;
        }
        if (datum instanceof LocalDate || datum instanceof Instant || datum instanceof LocalTime) {
            return NODES.textNode(datum.toString());
        }
        return null;
    }
}
