package io.newswire.streams.serving;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's errors as the API's JSON {@code {"error": "..."}}: what Jetty refuses before any
 * route runs (a malformed escape like {@code %zz} in the path, headers over the limit) used to
 * get its HTML error page, which API clients cannot read.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Requests Jetty cannot parse (bad URI, headers too large): answered before any handler. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** Errors sent with sendError() outside the routes. */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object message = request.getAttribute("jakarta.servlet.error.message");
        response.setContentType("application/json");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(body(response.getStatus(), message == null ? null : message.toString()));
        baseRequest.setHandled(true);
    }

    private byte[] body(int status, String reason) {
        try {
            return json.writeValueAsBytes(Map.of("error", message(status, reason)));
        } catch (JsonProcessingException e) {
            return "{\"error\":\"bad request\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static String message(int status, String reason) {
        String what = switch (status) {
            case 400 -> "malformed request (a '%' in the path or query must start an escape like %20)";
            case 414 -> "request line too long";
            case 431 -> "request headers larger than " + ServingServer.MAX_HEADER_BYTES / 1024 + " KiB";
            default -> HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
        };
        // Jetty's reason names the part it refused ("Bad URI", "Ambiguous URI path encoding"); short, no internals.
        return reason == null || reason.isBlank() || reason.equalsIgnoreCase(HttpStatus.getMessage(status)) ? what
                : what + ": " + Params.abbreviate(reason.replaceAll("[^\\p{Print}]", "?"));
    }
}
