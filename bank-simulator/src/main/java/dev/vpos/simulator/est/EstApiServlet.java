package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The EST (NestPay / Payten "ver3") API endpoint {@code POST /est/fim/api}: a {@code CC5Request} (Auth, PreAuth,
 * PostAuth, Void, Credit, the 3D provision, an order-status or order-history query) in, a {@code CC5Response} out,
 * plus the transport faults of the authorisations' magic amounts. Logs only masked card numbers, never passwords.
 */
@WebServlet(urlPatterns = "/est/fim/api")
public class EstApiServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(EstApiServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    EstSimulation est;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EstBank bank = est.bank();
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        EstBank.Decision decision = body.length > MAX_REQUEST_BYTES
                ? EstBank.Decision.unreadable()
                : bank.decide(body, request.getContentType());
        LOG.fine(() ->
                "EST request " + decision.request().map(EstRequest::toString).orElse("(unreadable)"));
        if (decision.statusAnswer().isPresent()) {
            EstStatusAnswer status = decision.statusAnswer().get();
            logOutcome(
                    decision,
                    status.verdict().response() + " " + status.verdict().procReturnCode()
                            + (status.found()
                                    ? " TRANS_STAT=" + status.transStat() + " TRXCOUNT="
                                            + status.extra().getOrDefault("TRXCOUNT", "-")
                                    : " no record"));
            sendXml(response, EstResponseWriter.write(status));
            return;
        }
        switch (decision.verdict().fault()) {
            case HTTP_500 -> {
                logOutcome(decision, "HTTP 500");
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
        EstAnswer answer = bank.answer(decision);
        EstVerdict v = answer.verdict();
        logOutcome(
                decision,
                v.response() + " " + v.procReturnCode()
                        + (v.isError() ? " " + v.errorCode() : " order=" + answer.orderId()));
        byte[] xml = EstResponseWriter.write(answer);
        if (decision.verdict().fault() == EstVerdict.Fault.TRUNCATED_XML) {
            xml = Arrays.copyOf(xml, xml.length / 2);
        }
        if (decision.verdict().fault() == EstVerdict.Fault.CONNECTION_RESET) {
            // the full length is declared, half is sent: the client's read ends early, as on a reset connection
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(EstResponseWriter.CONTENT_TYPE);
            response.setContentLength(xml.length);
            response.getOutputStream().write(xml, 0, xml.length / 2);
            response.flushBuffer();
            throw new IOException(
                    "simulated connection reset after " + xml.length / 2 + " of " + xml.length + " bytes");
        }
        sendXml(response, xml);
    }

    private static void sendXml(HttpServletResponse response, byte[] xml) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(EstResponseWriter.CONTENT_TYPE);
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }

    private static void logOutcome(EstBank.Decision decision, String outcome) {
        if (LOG.isLoggable(Level.INFO)) {
            String who = decision.request()
                    .map(r -> r.isStatusQuery() || r.isHistoryQuery()
                            ? "client=" + r.clientId() + " query=" + r.operation() + " order=" + r.orderId()
                            : "client=" + r.clientId() + " type=" + r.get("Type") + " order=" + r.orderId()
                                    + " total=" + r.get("Total")
                                    + " card=" + CardNumbers.mask(r.cardNumber()))
                    .orElse("unreadable request");
            LOG.info(("EST " + who + " -> " + outcome).replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
