package io.newswire.embedded.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The one user and password of a registry started with basic authentication ({@code --registry-auth
 * USER:PASSWORD_FILE}). The password is never printed: {@link #toString()} masks it, and no error message
 * quotes the file's content.
 */
public final class RegistryCredentials {
  private final String user;
  private final String password;

  private RegistryCredentials(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** Credentials given directly; {@code user} may not contain ':' (basic authentication splits there). */
  public static RegistryCredentials of(String user, String password) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.isBlank() || user.contains(":")) {
      throw new IllegalArgumentException("the registry user must be non-empty and contain no ':'");
    }
    if (password.isEmpty()) {
      throw new IllegalArgumentException("the registry password must not be empty");
    }
    return new RegistryCredentials(user, password);
  }

  /**
   * Parses {@code USER:PASSWORD_FILE}. The file holds the password, or {@code USER:password}; one trailing
   * line break is ignored.
   *
   * @throws IllegalArgumentException with a message naming the option and the file (never its content)
   */
  public static RegistryCredentials fromOption(String option, String spec) {
    int colon = spec == null ? -1 : spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new IllegalArgumentException(option + " expects USER:PASSWORD_FILE (a file holding the password), not '"
          + (spec == null ? "" : spec.replaceAll(":.*", ":…")) + "'");
    }
    String user = spec.substring(0, colon);
    Path file = Path.of(spec.substring(colon + 1));
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(option + ": password file " + file + " does not exist");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(option + ": password file " + file + " is not a regular file");
    }
    String content;
    try {
      if (Files.size(file) > 64 * 1024) {
        throw new IllegalArgumentException(option + ": password file " + file + " is over 64 KiB: not a password file");
      }
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + ": password file " + file + " cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
    if (content.endsWith("\r\n")) {
      content = content.substring(0, content.length() - 2);
    } else if (content.endsWith("\n")) {
      content = content.substring(0, content.length() - 1);
    }
    if (content.startsWith(user + ":")) {
      content = content.substring(user.length() + 1);
    }
    if (content.isEmpty()) {
      throw new IllegalArgumentException(option + ": password file " + file + " is empty");
    }
    if (content.contains("\n")) {
      throw new IllegalArgumentException(option + ": password file " + file + " holds more than one line");
    }
    return of(user, content);
  }

  public String user() {
    return user;
  }

  /** {@code user:password}, the value of {@code basic.auth.user.info}. */
  public String userInfo() {
    return user + ":" + password;
  }

  /** The client settings that send these credentials (Confluent's names, also read by this project's client). */
  public Map<String, String> clientProperties() {
    return Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", userInfo());
  }

  /** True when {@code authorization} is {@code Basic} with this user and password (compared in constant time). */
  boolean matches(String authorization) {
    if (authorization == null || authorization.length() < 7
        || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(authorization.substring(6).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(given, userInfo().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "RegistryCredentials[user=" + user + ", password=***]";
  }
}
