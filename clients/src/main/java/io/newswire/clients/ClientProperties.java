package io.newswire.clients;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The one loader of {@code --config FILE} and {@code -X KEY=VALUE}: every command reads them the same way and
 * explains a missing file, an unreadable one or a malformed {@code -X} instead of letting an IOException through.
 */
public final class ClientProperties {
    private ClientProperties() {
    }

    /**
     * Adds the settings of {@code configFile} (when not null), then the {@code -X} pairs, to {@code into}: -X wins.
     *
     * @throws IllegalArgumentException naming the option, for a missing or unreadable file or a pair without '='
     */
    public static Properties apply(Properties into, Path configFile, List<String> pairs) {
        if (configFile != null) {
            into.putAll(load(configFile));
        }
        into.putAll(pairs(pairs));
        return into;
    }

    /** The settings of a {@code --config} file. */
    public static Properties load(Path configFile) {
        if (!Files.isRegularFile(configFile)) {
            throw new IllegalArgumentException("--config " + configFile + ": no such file");
        }
        Properties file = new Properties();
        try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
            file.load(r);
        } catch (IOException | IllegalArgumentException e) { // IllegalArgumentException: a malformed \\uXXXX escape
            throw new IllegalArgumentException("--config " + configFile + ": cannot read: " + e.getMessage());
        }
        return file;
    }

    /** {@code -X} pairs in order (a repeated key: the last wins); the value may itself hold '='. */
    public static Map<String, String> pairs(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : pairs) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                String key = eq < 0 ? kv : "";
                throw new IllegalArgumentException("-X expects KEY=VALUE" + (key.isEmpty() ? "" : " (got '" + key + "' without '=')"));
            }
            out.put(kv.substring(0, eq).strip(), kv.substring(eq + 1));
        }
        return out;
    }
}
