package io.newswire.registry;

import java.io.IOException;

/**
 * An error answer from a schema registry: the HTTP status, the registry's {@code error_code}
 * (e.g. 40401 subject not found, 40403 schema not found, 409 incompatible, 42201 invalid schema)
 * and its message.
 */
public class RestClientException extends IOException {
  /** Subject not found. */
  public static final int SUBJECT_NOT_FOUND = 40401;
  /** Version not found. */
  public static final int VERSION_NOT_FOUND = 40402;
  /** Schema not found (unknown id, or not registered under the subject). */
  public static final int SCHEMA_NOT_FOUND = 40403;
  /** Schema incompatible with earlier versions. */
  public static final int INCOMPATIBLE_SCHEMA = 409;
  /** Invalid schema. */
  public static final int INVALID_SCHEMA = 42201;

  private final int status;
  private final int errorCode;

  public RestClientException(String message, int status, int errorCode) {
    super(message + "; error code: " + errorCode + " (HTTP " + status + ")");
    this.status = status;
    this.errorCode = errorCode;
  }

  /** HTTP status of the answer. */
  public int getStatus() {
    return status;
  }

  /** The registry's {@code error_code}. */
  public int getErrorCode() {
    return errorCode;
  }
}
