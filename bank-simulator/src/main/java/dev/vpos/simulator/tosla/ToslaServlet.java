package dev.vpos.simulator.tosla;

import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Tosla below {@code /tosla/api/Payment/}: the JSON API ({@code POST Payment, threeDPayment, threeDPreAuth, postAuth,
 * void, refund, inquiry, history}) with the transport faults of the magic sale amounts, and the 3-D pages
 * ({@code ProcessCardForm}, {@code threeDSecure/<session>} by GET or POST, {@code HostCard}, {@code Acs}). Logs only
 * masked requests.
 */
@WebServlet(urlPatterns = "/tosla/api/Payment/*")
public class ToslaServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ToslaServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    @Inject
    ToslaBankHolder holder;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.startsWith("threeDSecure/")) {
            page(response, holder.bank().gate().hostPage(path.substring("threeDSecure/".length())));
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        ToslaGate gate = holder.bank().gate();
        switch (path) {
            case "ProcessCardForm" -> page(response, gate.processCardForm(form(request)));
            case "HostCard" -> page(response, gate.hostCard(form(request)));
            case "Acs" -> page(response, gate.authenticate(form(request)));
            default -> {
                if (path.startsWith("threeDSecure/")) {
                    page(response, gate.hostPage(path.substring("threeDSecure/".length())));
                } else {
                    api(path, request, response);
                }
            }
        }
    }

    private void api(String operation, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        ToslaBank bank = holder.bank();
        ToslaBank.Decision decision = body.length > MAX_REQUEST_BYTES
                ? new ToslaBank.Decision(Optional.empty(), ToslaOutcomes.Fault.NONE)
                : bank.decide(operation, body);
        switch (decision.fault()) {
            case HTTP_500 -> {
                HtmlErrorPage.send(
                        response,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Internal Server Error",
                        "The server encountered an internal error.");
                return;
            }
            case SLOW_ANSWER -> {
                if (!SlowAnswer.pause()) {
                    HtmlErrorPage.send(
                            response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", "Stopping.");
                    return;
                }
            }
            default -> {}
        }
        JsonObject answer = bank.answer(decision);
        LOG.info(() -> ("TOSLA "
                        + decision.request().map(ToslaRequest::toString).orElse("unreadable request") + " -> Code "
                        + answer.get("Code") + " " + answer.get("BankResponseCode") + " " + decision.fault())
                .replaceAll("\\p{Cntrl}", "?"));
        byte[] json = answer.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        switch (decision.fault()) {
            case MALFORMED_BODY -> send(response, Arrays.copyOf(json, json.length / 2), json.length / 2);
            case CONNECTION_RESET -> send(response, Arrays.copyOf(json, json.length / 2), json.length);
            default -> send(response, json, json.length);
        }
    }

    private static void send(HttpServletResponse response, byte[] body, int declaredLength) throws IOException {
        response.setContentLength(declaredLength);
        OutputStream out = response.getOutputStream();
        out.write(body);
        out.flush();
        if (declaredLength > body.length) {
            out.close();
        }
    }

    private static void page(HttpServletResponse response, ToslaGate.Page page) throws IOException {
        response.setStatus(
                page.kind() == ToslaGate.Page.Kind.ERROR
                        ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(HttpServletRequest request) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        return form;
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    }
}
