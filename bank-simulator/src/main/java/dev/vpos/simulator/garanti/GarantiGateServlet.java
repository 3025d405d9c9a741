package dev.vpos.simulator.garanti;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Garanti's 3-D gate {@code POST /garanti/servlet/gt3dengine} (the merchant's form), with the ACS page's
 * {@code .../acs} and the 3D Host card page's {@code .../card}. Pages are never cached; card data is never logged.
 */
@WebServlet(urlPatterns = {"/garanti/servlet/gt3dengine", "/garanti/servlet/gt3dengine/*"})
public class GarantiGateServlet extends HttpServlet {

    @Inject
    GarantiSimulation simulation;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        String gateUrl = request.getRequestURL().toString().replaceAll("/(acs|card)$", "");
        String sub = request.getPathInfo() == null ? "" : request.getPathInfo();
        GarantiGate gate = simulation.gate();
        GarantiGate.GatePage page = switch (sub) {
            case "/acs" -> gate.acs(form, gateUrl);
            case "/card" -> gate.card(form, gateUrl);
            case "", "/" -> gate.begin(form, gateUrl);
            default -> null;
        };
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(
                page.kind() == GarantiGate.Kind.ERROR ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }
}
