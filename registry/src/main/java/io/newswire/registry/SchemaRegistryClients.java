package io.newswire.registry;

/** Picks the registry client for a serializer configuration: {@code mock://} scope or HTTP. */
final class SchemaRegistryClients {
  private SchemaRegistryClients() {}

  static SchemaRegistryClient forConfig(AvroSerdeConfig config) {
    String scope = config.mockScope();
    if (scope != null) {
      return MockSchemaRegistry.getClientForScope(scope);
    }
    return new CachedSchemaRegistryClient(config);
  }
}
