package io.newswire.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --config and -X: precedence, and errors that name the option instead of an IOException. */
class ClientPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void xWinsOverTheFileWhichWinsOverDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("client.properties"), "security.protocol=SASL_SSL\nlinger.ms=5\n");
        Properties p = new Properties();
        p.put("linger.ms", "0");
        p.put("acks", "all");
        ClientProperties.apply(p, file, List.of("linger.ms=50", "sasl.jaas.config=a=b;", "k=1", "k=2"));
        assertEquals("SASL_SSL", p.getProperty("security.protocol"));
        assertEquals("50", p.getProperty("linger.ms"));
        assertEquals("all", p.getProperty("acks"));
        assertEquals("a=b;", p.getProperty("sasl.jaas.config"), "the value keeps its own '='");
        assertEquals("2", p.getProperty("k"), "the last -X of a key wins");
    }

    @Test
    void missingFile() {
        Path none = dir.resolve("none.properties");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientProperties.apply(new Properties(), none, List.of()));
        assertEquals("--config " + none + ": no such file", e.getMessage());
        IllegalArgumentException folder = assertThrows(IllegalArgumentException.class, () -> ClientProperties.load(dir));
        assertEquals("--config " + dir + ": no such file", folder.getMessage());
    }

    @Test
    void unreadableFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.properties"), "key=\\u12\n"); // a malformed \\u escape
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientProperties.load(bad));
        assertEquals(true, e.getMessage().startsWith("--config " + bad + ": cannot read: "), e.getMessage());
    }

    @Test
    void pairWithoutEquals() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientProperties.pairs(List.of("sasl.jaas.config")));
        assertEquals("-X expects KEY=VALUE (got 'sasl.jaas.config' without '=')", e.getMessage());
        assertEquals("-X expects KEY=VALUE", assertThrows(IllegalArgumentException.class, () -> ClientProperties.pairs(List.of("=v"))).getMessage());
    }
}
