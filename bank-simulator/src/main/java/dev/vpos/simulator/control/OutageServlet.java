package dev.vpos.simulator.control;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** {@code GET /control/outage}: the current state; {@code POST /control/outage} with {@code {"down":true|false}}: sets it. */
@WebServlet(urlPatterns = "/control/outage")
public class OutageServlet extends HttpServlet {

    private static final String USAGE = "body must be {\"down\":true} or {\"down\":false}";

    @Inject
    OutageSwitch outage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonReplies.send(response, HttpServletResponse.SC_OK, state());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Boolean> down = readDown(request);
        if (down.isEmpty()) {
            JsonReplies.badRequest(response, USAGE);
            return;
        }
        outage.setDown(down.get());
        log("bank outage switched " + (down.get() ? "ON: bank endpoints answer 503" : "OFF"));
        JsonReplies.send(response, HttpServletResponse.SC_OK, state());
    }

    private Map<String, Boolean> state() {
        return Map.of("down", outage.isDown());
    }

    /** {@code down} when the body is a JSON object whose {@code down} is literally true or false. */
    private static Optional<Boolean> readDown(HttpServletRequest request) throws IOException {
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            JsonValue down = reader.readObject().getOrDefault("down", JsonValue.NULL);
            if (down == JsonValue.TRUE || down == JsonValue.FALSE) {
                return Optional.of(down == JsonValue.TRUE);
            }
            return Optional.empty();
        } catch (JsonException | IllegalStateException | ClassCastException notAnObjectWithABoolean) {
            return Optional.empty();
        }
    }
}
