package dev.vpos.simulator.kuveytturk;

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
 * KuveytTürk's endpoints under {@code /kuveytturk}: the payment gates
 * ({@code /kuveytturk/boa.virtualpos.services/Home/{Non3DPayGate,ThreeDModelPayGate,ThreeDModelProvisionGate}}), the
 * ACS page ({@code /kuveytturk/acs}, {@code /kuveytturk/acs/verify}) and the SOAP service
 * ({@code /kuveytturk/BOA.Integration.WCFService/BOA.Integration.VirtualPos/VirtualPosService.svc/Basic}). One servlet,
 * so the 3-D sessions of the gate and the ACS are one bank's. Acts out the slow and reset faults; logs no card data.
 */
@WebServlet(
        urlPatterns = {
            "/kuveytturk/boa.virtualpos.services/Home/*",
            "/kuveytturk/acs",
            "/kuveytturk/acs/verify",
            "/kuveytturk/BOA.Integration.WCFService/BOA.Integration.VirtualPos/VirtualPosService.svc/Basic"
        })
public class KuveytTurkServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(KuveytTurkServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    Ledger ledger;

    private KuveytTurkBank bank;

    @Override
    public void init() {
        bank = new KuveytTurkBank(
                KuveytTurkMerchants.fromClasspath(),
                ledger,
                Clock.system(ZoneId.of("Europe/Istanbul")),
                new SecureRandom());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String inContext =
                request.getRequestURI().substring(request.getContextPath().length());
        String path = inContext.substring("/kuveytturk".length());
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        URI familyBase = URI.create(request.getRequestURL().toString().replace(inContext, "") + "/kuveytturk");
        KuveytTurkReply reply = body.length > MAX_REQUEST_BYTES
                ? KuveytTurkReply.html(413, "<html><body>Request too large</body></html>")
                : bank.handle(path, body, request.getContentType(), request.getHeader("SOAPAction"), familyBase);
        LOG.info(() -> ("KuveytTürk " + path + " -> HTTP " + reply.status()
                        + (reply.fault() == KuveytTurkOutcomes.Fault.NONE ? "" : " " + reply.fault()))
                .replaceAll("\\p{Cntrl}", "?"));
        if (reply.slow() && !SlowAnswer.pause()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        response.setHeader("Cache-Control", "no-store");
        if (reply.reset()) {
            // declare the whole answer, send half of it and give up: the client sees the connection end mid-answer
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
