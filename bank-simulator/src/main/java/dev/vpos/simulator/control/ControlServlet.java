package dev.vpos.simulator.control;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Test controls: {@code /control/outage} (GET state; POST {"down":true|false}) and {@code /control/ledger}
 * (GET, optional ?orderId=; DELETE clears).
 */
@WebServlet(urlPatterns = {"/control/outage", "/control/ledger"})
public class ControlServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    OutageSwitch outage;

    @Inject
    Ledger ledger;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/outage")) {
            json(response, Map.of("down", outage.isDown()));
        } else {
            json(response, ledger.list(request.getParameter("orderId")));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().endsWith("/outage")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String body = new String(request.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!body.matches("\\s*\\{\\s*\"down\"\\s*:\\s*(true|false)\\s*}\\s*")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "body must be {\"down\":true} or {\"down\":false}");
            return;
        }
        outage.set(body.contains("true"));
        json(response, Map.of("down", outage.isDown()));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().endsWith("/ledger")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        ledger.clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static void json(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(value));
    }
}
