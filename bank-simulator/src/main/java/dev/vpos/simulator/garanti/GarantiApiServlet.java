package dev.vpos.simulator.garanti;

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
 * Garanti's API endpoint {@code POST /garanti/VPServlet}: a GVPSRequest in, a GVPSResponse out, plus the transport
 * faults of the magic amounts (slow, malformed, HTTP 500, connection dropped mid-answer). Logs masked data only.
 */
@WebServlet(urlPatterns = "/garanti/VPServlet")
public class GarantiApiServlet extends HttpServlet {

    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(GarantiApiServlet.class.getName());

    @Inject
    GarantiSimulation simulation;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        GarantiBank bank = simulation.bank();
        GarantiBank.Decision decision = body.length > MAX_REQUEST_BYTES
                ? GarantiBank.Decision.unreadable()
                : bank.decide(body, request.getContentType());
        GarantiVerdict.Fault fault = decision.verdict().fault();
        if (fault == GarantiVerdict.Fault.HTTP_500) {
            log(decision, "HTTP 500");
            HtmlErrorPage.send(
                    response,
                    HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Internal Server Error",
                    "The server encountered an internal error and was unable to complete your request.");
            return;
        }
        if (fault == GarantiVerdict.Fault.SLOW_ANSWER && !SlowAnswer.pause()) {
            HtmlErrorPage.send(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Service Unavailable",
                    "The server is shutting down.");
            return;
        }
        GarantiAnswer answer = bank.answer(decision);
        log(decision, answer.verdict().code() + "/" + answer.verdict().reasonCode() + " " + fault);
        byte[] xml = GvpsResponseWriter.write(answer);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(GvpsResponseWriter.CONTENT_TYPE);
        response.setContentLength(xml.length);
        OutputStream out = response.getOutputStream();
        switch (fault) {
            case MALFORMED -> {
                byte[] half = Arrays.copyOf(xml, xml.length / 2);
                response.setContentLength(half.length);
                out.write(half);
            }
            case CONNECTION_RESET -> {
                out.write(xml, 0, xml.length / 3);
                out.flush();
                throw new IOException("simulated connection reset mid-answer");
            }
            default -> out.write(xml);
        }
    }

    private static void log(GarantiBank.Decision decision, String outcome) {
        LOG.info(() -> ("GARANTI " + decision.request().map(Object::toString).orElse("unreadable request") + " -> "
                        + outcome)
                .replaceAll("\\p{Cntrl}", "?"));
    }
}
