package io.newswire.embedded.registry;

/** An error answer: HTTP status, Schema Registry error code and a message for the client. */
final class RegistryException extends Exception {
  final int status;
  final int errorCode;

  RegistryException(int status, int errorCode, String message) {
    super(message, null, false, false);
    this.status = status;
    this.errorCode = errorCode;
  }

  static RegistryException subjectNotFound(String subject) {
    return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
  }

  static RegistryException versionNotFound(String subject, String version) {
    return new RegistryException(404, 40402, "Version " + version + " not found for subject '" + subject + "'.");
  }

  static RegistryException schemaNotFound(String what) {
    return new RegistryException(404, 40403, what);
  }

  static RegistryException invalidSchema(String why) {
    return new RegistryException(422, 42201, "Invalid schema: " + why);
  }
}
