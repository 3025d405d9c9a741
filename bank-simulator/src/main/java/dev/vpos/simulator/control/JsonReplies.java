package dev.vpos.simulator.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the controls' JSON answers with JSON-B. */
final class JsonReplies {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonReplies() {}

    static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSONB.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    static void badRequest(HttpServletResponse response, String message) throws IOException {
        send(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", message));
    }
}
