package dev.vpos.simulator.payfor;

import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * PayFor's XML API {@code POST /payfor/Gateway/XMLGate.aspx}: a {@code PayforRequest} in, a {@code PayforResponse}
 * out, with the transport faults of the magic authorisation amounts (slow, malformed body, HTTP 500, connection
 * reset). Logs only masked requests.
 */
@WebServlet(urlPatterns = "/payfor/Gateway/XMLGate.aspx")
public class PayForApiServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PayForApiServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    PayForBankHolder holder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        PayForBank bank = holder.bank();
        PayForBank.Decision decision = body.length > MAX_REQUEST_BYTES
                ? new PayForBank.Decision(java.util.Optional.empty(), PayForOutcomes.Fault.NONE)
                : bank.decide(body, request.getContentType());
        switch (decision.fault()) {
            case HTTP_500 -> {
                log(decision, "HTTP 500");
                HtmlErrorPage.send(
                        response,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Internal Server Error",
                        "The server encountered an internal error and was unable to complete your request.");
                return;
            }
            case SLOW_ANSWER -> {
                if (!SlowAnswer.pause()) {
                    HtmlErrorPage.send(
                            response,
                            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            "Service Unavailable",
                            "The server is shutting down.");
                    return;
                }
            }
            default -> {}
        }
        PayForAnswer answer = bank.answer(decision);
        log(decision, answer.get("ProcReturnCode") + " " + decision.fault());
        byte[] xml = PayForResponseWriter.write(answer);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(PayForResponseWriter.CONTENT_TYPE);
        switch (decision.fault()) {
            case MALFORMED_BODY -> send(response, Arrays.copyOf(xml, xml.length / 2), xml.length / 2);
            case CONNECTION_RESET -> send(response, Arrays.copyOf(xml, xml.length / 2), xml.length);
            default -> send(response, xml, xml.length);
        }
    }

    /** Writes {@code body} with a declared length; a larger declared length leaves the client waiting for bytes that never come. */
    private static void send(HttpServletResponse response, byte[] body, int declaredLength) throws IOException {
        response.setContentLength(declaredLength);
        OutputStream out = response.getOutputStream();
        out.write(body);
        out.flush();
        if (declaredLength > body.length) {
            out.close();
        }
    }

    private static void log(PayForBank.Decision decision, String outcome) {
        LOG.info(() -> ("PAYFOR "
                        + decision.request().map(PayForRequest::toString).orElse("unreadable request") + " -> "
                        + outcome)
                .replaceAll("\\p{Cntrl}", "?"));
    }
}
