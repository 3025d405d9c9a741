package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The EST 3-D gate as the payer's browser sees it: {@code POST /est/fim/est3Dgate} (the merchant's form),
 * {@code POST /est/fim/est3Dgate/card} (the bank's card form of 3D Host) and {@code POST /est/fim/acs} (the ACS
 * password page). Forms are read as UTF-8. Logs the step and the masked card only.
 */
@WebServlet(urlPatterns = {"/est/fim/est3Dgate", "/est/fim/est3Dgate/card", "/est/fim/acs"})
public class EstGateServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(EstGateServlet.class.getName());

    @Inject
    EstSimulation est;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        String path = request.getServletPath();
        EstGate.Step step = switch (path) {
            case "/est/fim/est3Dgate/card" -> est.gate().card(form);
            case "/est/fim/acs" -> est.gate().acs(form);
            default -> est.gate().submit(form);
        };
        LOG.info(() -> ("EST 3-D " + path + " client=" + form.getOrDefault("clientid", "") + " oid="
                        + form.getOrDefault("oid", "") + " card="
                        + (form.containsKey("pan") ? CardNumbers.mask(form.get("pan")) : "-")
                        + " -> " + step.getClass().getSimpleName()
                        + (step instanceof EstGate.Callback c
                                ? " mdStatus=" + c.fields().getOrDefault("mdStatus", "") + " Response="
                                        + c.fields().getOrDefault("Response", "")
                                : ""))
                .replaceAll("\\p{Cntrl}", "?"));
        byte[] html =
                EstGatePages.html(step, request.getContextPath() + "/est/fim").getBytes(StandardCharsets.UTF_8);
        response.setStatus(
                step instanceof EstGate.ErrorPage ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}
