package io.newswire.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of the gold and prediction JSON: a missing or null field is an empty list or null. */
final class Json {
    private Json() {}

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) array.forEach(items::add);
        return items;
    }

    static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static String field(JsonNode object, String name) {
        return object == null ? null : textOrNull(object.get(name));
    }
}
