package io.newswire.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared in-memory registries, one per scope: {@code schema.registry.url=mock://my-scope} makes every
 * serializer and deserializer configured with it use the same {@link MockSchemaRegistryClient}, as
 * Confluent's {@code io.confluent.kafka.schemaregistry.testutil.MockSchemaRegistry} does.
 */
public final class MockSchemaRegistry {
  private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

  private MockSchemaRegistry() {}

  /** The registry of {@code scope}, created on first use. */
  public static SchemaRegistryClient getClientForScope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistryClient());
  }

  /** Forgets the registry of {@code scope} (its schemas and ids). */
  public static void dropScope(String scope) {
    SCOPES.remove(scope);
  }
}
