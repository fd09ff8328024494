package io.newswire.registry;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the serializers and the registry client. The key names are Confluent's, so a
 * config written for {@code io.confluent.kafka.serializers.KafkaAvroSerializer} works unchanged.
 *
 * <p>Parsing is lenient the way Kafka configs are: values may be strings, booleans, numbers,
 * lists or classes.
 */
public final class AvroSerdeConfig {

  /** Comma-separated registry URLs; {@code mock://<scope>} selects an in-memory registry. */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  /** Register the schema of each written value if it is not there yet (default true). */
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  /** Write with the id of the latest version of the subject instead of the value's own schema (default false). */
  public static final String USE_LATEST_VERSION = "use.latest.version";
  /** Deserialize into the generated SpecificRecord classes instead of GenericRecord (default false). */
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
  /** Class name of the {@link SubjectNameStrategy} for keys (default {@link TopicNameStrategy}). */
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  /** Class name of the {@link SubjectNameStrategy} for values (default {@link TopicNameStrategy}). */
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
  /** Where basic-auth credentials come from: {@code USER_INFO} ({@link #BASIC_AUTH_USER_INFO}) or {@code URL} (user info of the URL). */
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  /** {@code user:password} for basic auth, with {@code basic.auth.credentials.source=USER_INFO}. */
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  /** Confluent also accepts the user info under this prefixed name. */
  public static final String SCHEMA_REGISTRY_USER_INFO = "schema.registry.basic.auth.user.info";
  /** Connect timeout of registry calls in ms (default 10000). */
  public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
  /** Timeout of a whole registry request in ms (default 30000). */
  public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
  /** Seconds a fetched "latest version" stays cached; -1 (default) caches it for the life of the client. */
  public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
  /** Prefix of the TLS settings of the registry client (Kafka's {@code ssl.*} names after it). */
  public static final String SCHEMA_REGISTRY_SSL_PREFIX = "schema.registry.";

  /** TLS settings read after {@link #SCHEMA_REGISTRY_SSL_PREFIX}. */
  public static final String SSL_TRUSTSTORE_LOCATION = "ssl.truststore.location";
  public static final String SSL_TRUSTSTORE_PASSWORD = "ssl.truststore.password";
  public static final String SSL_TRUSTSTORE_TYPE = "ssl.truststore.type";
  public static final String SSL_KEYSTORE_LOCATION = "ssl.keystore.location";
  public static final String SSL_KEYSTORE_PASSWORD = "ssl.keystore.password";
  public static final String SSL_KEYSTORE_TYPE = "ssl.keystore.type";
  public static final String SSL_KEY_PASSWORD = "ssl.key.password";

  /** URL scheme of the in-memory registry. */
  public static final String MOCK_URL_PREFIX = "mock://";

  private static final Map<String, String> CONFLUENT_STRATEGIES = Map.of(
      "io.confluent.kafka.serializers.subject.TopicNameStrategy", TopicNameStrategy.class.getName(),
      "io.confluent.kafka.serializers.subject.RecordNameStrategy", RecordNameStrategy.class.getName(),
      "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy", TopicRecordNameStrategy.class.getName());

  private final Map<String, ?> originals;

  public AvroSerdeConfig(Map<String, ?> configs) {
    this.originals = configs == null ? Map.of() : Map.copyOf(withoutNulls(configs));
  }

  private static Map<String, Object> withoutNulls(Map<String, ?> configs) {
    Map<String, Object> m = new java.util.HashMap<>();
    configs.forEach((k, v) -> {
      if (k != null && v != null) {
        m.put(k, v);
      }
    });
    return m;
  }

  public Map<String, ?> originals() {
    return originals;
  }

  /** The registry URLs, never empty; throws {@link ConfigException} if none is configured. */
  public List<String> schemaRegistryUrls() {
    Object v = originals.get(SCHEMA_REGISTRY_URL);
    List<String> urls = new ArrayList<>();
    if (v instanceof Collection<?> c) {
      c.forEach(o -> addUrls(urls, String.valueOf(o)));
    } else if (v != null) {
      addUrls(urls, v.toString());
    }
    if (urls.isEmpty()) {
      throw new ConfigException("Missing required configuration \"" + SCHEMA_REGISTRY_URL + "\" which has no default value.");
    }
    return urls;
  }

  private static void addUrls(List<String> urls, String csv) {
    for (String s : csv.split(",")) {
      String t = s.trim();
      if (!t.isEmpty()) {
        urls.add(t);
      }
    }
  }

  /** The {@code mock://} scope when the (first) URL is a mock URL, else null. */
  public String mockScope() {
    List<String> urls = schemaRegistryUrls();
    String first = urls.get(0);
    if (!first.startsWith(MOCK_URL_PREFIX)) {
      return null;
    }
    if (urls.size() > 1) {
      throw new ConfigException(SCHEMA_REGISTRY_URL, "(hidden)", "a mock:// URL cannot be combined with other URLs");
    }
    return first.substring(MOCK_URL_PREFIX.length());
  }

  public boolean autoRegisterSchemas() {
    return getBoolean(AUTO_REGISTER_SCHEMAS, true);
  }

  public boolean useLatestVersion() {
    return getBoolean(USE_LATEST_VERSION, false);
  }

  public boolean specificAvroReader() {
    return getBoolean(SPECIFIC_AVRO_READER, false);
  }

  public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
    String key = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
    Object v = originals.get(key);
    if (v == null) {
      return new TopicNameStrategy();
    }
    if (v instanceof SubjectNameStrategy s) {
      return s;
    }
    String className = v instanceof Class<?> c ? c.getName() : v.toString().trim();
    className = CONFLUENT_STRATEGIES.getOrDefault(className, className);
    try {
      Class<?> cls = Class.forName(className, true, classLoader());
      if (!SubjectNameStrategy.class.isAssignableFrom(cls)) {
        throw new ConfigException(key, className, "not a " + SubjectNameStrategy.class.getName());
      }
      return (SubjectNameStrategy) cls.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new ConfigException(key, className, "cannot instantiate subject name strategy: " + e);
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null ? cl : AvroSerdeConfig.class.getClassLoader();
  }

  /**
   * The basic-auth {@code user:password} to send, or null. With source {@code URL} it is taken
   * from {@code url}'s user info (pass the URL the request goes to).
   */
  public String basicAuthUserInfo(String url) {
    String source = getString(BASIC_AUTH_CREDENTIALS_SOURCE, "URL").trim().toUpperCase(java.util.Locale.ROOT);
    switch (source) {
      case "USER_INFO": {
        String info = getString(BASIC_AUTH_USER_INFO, null);
        if (info == null) {
          info = getString(SCHEMA_REGISTRY_USER_INFO, null);
        }
        if (info == null || info.isEmpty()) {
          throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO needs " + BASIC_AUTH_USER_INFO);
        }
        return info;
      }
      case "URL": {
        if (url == null) {
          return null;
        }
        String info = URI.create(url).getRawUserInfo();
        return info == null || info.isEmpty() ? null : java.net.URLDecoder.decode(info, java.nio.charset.StandardCharsets.UTF_8);
      }
      default:
        throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, source, "supported values: USER_INFO, URL");
    }
  }

  public int connectTimeoutMs() {
    return getInt(HTTP_CONNECT_TIMEOUT_MS, 10_000);
  }

  public int readTimeoutMs() {
    return getInt(HTTP_READ_TIMEOUT_MS, 30_000);
  }

  public long latestCacheTtlSec() {
    return getInt(LATEST_CACHE_TTL_SEC, -1);
  }

  /** A {@code schema.registry.ssl.*} setting, or null. */
  public String sslSetting(String name) {
    return getString(SCHEMA_REGISTRY_SSL_PREFIX + name, null);
  }

  boolean getBoolean(String key, boolean dflt) {
    Object v = originals.get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    String s = v.toString().trim();
    if (s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("false")) {
      return false;
    }
    throw new ConfigException(key, v, "expected true or false");
  }

  int getInt(String key, int dflt) {
    Object v = originals.get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key, v, "expected an integer");
    }
  }

  String getString(String key, String dflt) {
    Object v = originals.get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof org.apache.kafka.common.config.types.Password p) {
      return p.value();
    }
    return v.toString();
  }
}
