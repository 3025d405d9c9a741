package dev.vpos.simulator.posnet;

import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import dev.vpos.simulator.ledger.Ledger;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * The PosNet XML service {@code POST /posnet/PosnetWebService/XML} ({@code xmldata=<posnetRequest>}), with the
 * transport faults of the magic amounts. Logs the operation and result only, never card data.
 */
@WebServlet(urlPatterns = "/posnet/PosnetWebService/XML")
public class PosNetApiServlet extends HttpServlet {

    static final ZoneId BANK_TIME_ZONE = ZoneId.of("Europe/Istanbul");

    private static final Logger LOG = Logger.getLogger(PosNetApiServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    Ledger ledger;

    private PosNetBank bank;

    @Override
    public void init() {
        bank = new PosNetBank(
                PosNetMerchants.fromClasspath(), ledger, Clock.system(BANK_TIME_ZONE), new SecureRandom());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        PosNetBank.Reply reply =
                bank.handle(body.length > MAX_REQUEST_BYTES ? new byte[0] : body, request.getContentType());
        LOG.info(() -> ("PosNet " + reply.summary() + " fault=" + reply.fault()).replaceAll("\\p{Cntrl}", "?"));
        switch (reply.fault()) {
            case HTTP_500 ->
                HtmlErrorPage.send(
                        response,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Internal Server Error",
                        "The server encountered an internal error.");
            case SLOW_ANSWER -> {
                if (SlowAnswer.pause()) {
                    send(response, reply.xml(), reply.xml().length);
                }
            }
            case MALFORMED ->
                send(response, Arrays.copyOf(reply.xml(), reply.xml().length / 2), reply.xml().length / 2);
            case RESET -> {
                send(response, Arrays.copyOf(reply.xml(), reply.xml().length / 2), reply.xml().length);
                throw new IOException("PosNet simulator drops the connection mid-answer (6666.66)");
            }
            default -> send(response, reply.xml(), reply.xml().length);
        }
    }

    private static void send(HttpServletResponse response, byte[] bytes, int declaredLength) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(PosNetAnswer.CONTENT_TYPE);
        response.setContentLength(declaredLength);
        OutputStream out = response.getOutputStream();
        out.write(bytes);
        out.flush();
    }
}
