package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in plain words ({@code malformed JSON (column 31): expected ',' or '}' after a
 * value, found '"'}), without its token names, character codes and source excerpts: the reader of the
 * message wrote JSON, not a parser. The caller names the input and line.
 */
final class JsonProblems {
    private static final Pattern FOUND = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");
    private static final Pattern FOUND_CTRL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.)'");

    private JsonProblems() {
    }

    /** {@code malformed JSON (column C): what is wrong}. */
    static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String column = at != null && at.getColumnNr() > 0 ? " (column " + at.getColumnNr() + ")" : "";
        return "malformed JSON" + column + ": " + problem(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
    }

    static String problem(String m) {
        String found = found(m);
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("close marker for Object")) {
                return "the line ends before the object is closed (a '}' is missing)";
            }
            if (m.contains("close marker for Array")) {
                return "the line ends before a list is closed (a ']' is missing)";
            }
            if (m.contains("VALUE_STRING") || m.contains("field name") || m.contains("String value")) {
                return "the line ends inside a string (a closing '\"' is missing)";
            }
            return "the line ends before the JSON is complete";
        }
        if (m.contains("was expecting double-quote to start field name")) {
            return "expected a field name in double quotes" + found;
        }
        if (m.contains("was expecting comma to separate Object entries")) {
            return "expected ',' or '}' after a value" + found;
        }
        if (m.contains("was expecting comma to separate Array entries")) {
            return "expected ',' or ']' after a value in a list" + found;
        }
        if (m.contains("was expecting a colon to separate field")) {
            return "expected ':' after the field name" + found;
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value (text must be in double quotes; true, false and null in lower case)";
        }
        if (m.contains("expected a valid value")) {
            return "expected a value (a string in double quotes, a number, an object, a list, true, false or null)" + found;
        }
        if (m.startsWith("Trailing token")) {
            return "more text after the end of the JSON object (one object per line)";
        }
        if (m.startsWith("Illegal unquoted character")) {
            Matcher c = FOUND_CTRL.matcher(m);
            return "a control character" + (c.find() ? " (code " + c.group(1) + ")" : "")
                    + " inside a string must be written as an escape (\\n, \\t, \\u0000)";
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return "'\\" + escape.group(1) + "' is not a JSON escape (use \\\\ for a backslash)";
        }
        if (m.contains("Invalid numeric value") || m.contains("Leading zeroes") || m.contains("Non-standard token")) {
            return "not a valid JSON number" + found;
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing '" + m.charAt("Unexpected close marker '".length()) + "' with nothing open";
        }
        // Anything else: Jackson's first sentence, without the character codes.
        String first = m.lines().findFirst().orElse(m).replaceAll(" \\(code \\d+\\)", "").replaceAll("\\(CTRL-CHAR, code (\\d+)\\)", "control character $1");
        return ArticleReader.abbreviate(first, 160);
    }

    private static String found(String m) {
        Matcher f = FOUND.matcher(m);
        if (f.find()) {
            return ", found '" + f.group(1) + "'";
        }
        Matcher c = FOUND_CTRL.matcher(m);
        if (c.find()) {
            return ", found a control character (code " + c.group(1) + ")";
        }
        return "";
    }
}
