package io.newswire.embedded.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.avro.Schema;

/** Raw HTTP calls to a registry, for tests that check status codes and bodies. */
final class RegistryHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Reply(int status, String text) {
    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }

    int errorCode() {
      return json().path("error_code").asInt(-1);
    }

    String message() {
      return json().path("message").asText();
    }
  }

  private final String url;

  RegistryHttp(String url) {
    this.url = url;
  }

  Reply get(String path) {
    return call("GET", path, null, "application/vnd.schemaregistry.v1+json");
  }

  Reply post(String path, String body) {
    return call("POST", path, body, "application/vnd.schemaregistry.v1+json");
  }

  Reply put(String path, String body) {
    return call("PUT", path, body, "application/vnd.schemaregistry.v1+json");
  }

  Reply call(String method, String path, String body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    }
  }

  /** {@code {"schema": "<schema JSON as a string>"}}. */
  static String schemaBody(Schema schema) {
    return schemaBody(schema.toString());
  }

  static String schemaBody(String schemaText) {
    return JSON.createObjectNode().put("schema", schemaText).toString();
  }
}
