package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.http.SlowAnswer;
import dev.vpos.simulator.ledger.Ledger;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Vakıf Katılım's endpoints under {@code /vakifkatilim}: the gates ({@code /vakifkatilim/VirtualPOS.Gateway/Home/*}),
 * the common payment page ({@code /vakifkatilim/VirtualPOS.Gateway/CommonPaymentPage/*}) and the ACS
 * ({@code /vakifkatilim/acs}, {@code /vakifkatilim/acs/verify}). One servlet, so the 3-D sessions of the gates, the
 * page and the ACS are one bank's. Acts out the slow and reset faults; logs no card data.
 */
@WebServlet(
        urlPatterns = {
            "/vakifkatilim/VirtualPOS.Gateway/Home/*",
            "/vakifkatilim/VirtualPOS.Gateway/CommonPaymentPage/*",
            "/vakifkatilim/acs",
            "/vakifkatilim/acs/verify"
        })
public class VakifKatilimServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(VakifKatilimServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    Ledger ledger;

    private VakifKatilimBank bank;

    @Override
    public void init() {
        bank = new VakifKatilimBank(
                VakifKatilimMerchants.fromClasspath(),
                ledger,
                Clock.system(ZoneId.of("Europe/Istanbul")),
                new SecureRandom());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String inContext =
                request.getRequestURI().substring(request.getContextPath().length());
        String path = inContext.substring("/vakifkatilim".length());
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        URI familyBase = URI.create(request.getRequestURL().toString().replace(inContext, "") + "/vakifkatilim");
        VakifKatilimReply reply = body.length > MAX_REQUEST_BYTES
                ? VakifKatilimReply.html(413, "<html><body>Request too large</body></html>")
                : bank.handle(path, body, request.getContentType(), familyBase);
        LOG.info(() -> ("Vakıf Katılım " + path + " -> HTTP " + reply.status()
                        + (reply.fault() == VakifKatilimOutcomes.Fault.NONE ? "" : " " + reply.fault()))
                .replaceAll("\\p{Cntrl}", "?"));
        if (reply.slow() && !SlowAnswer.pause()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        response.setHeader("Cache-Control", "no-store");
        if (reply.reset()) {
            response.setContentLength(reply.body().length);
            OutputStream out = response.getOutputStream();
            out.write(reply.body(), 0, reply.body().length / 2);
            out.flush();
            response.flushBuffer();
            throw new IOException("simulated connection reset after " + reply.body().length / 2 + " bytes");
        }
        response.setContentLength(reply.body().length);
        response.getOutputStream().write(reply.body());
    }
}
