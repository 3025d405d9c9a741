package dev.vpos.simulator.payflex;

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
import java.util.Map;
import java.util.logging.Logger;

/**
 * VakıfBank VPOS 7/24 and its PayFlex MPI, at paths shaped like the bank's: the provision service
 * {@code /payflex/VposService/v3/Vposreq.aspx}, the search service {@code /payflex/UIService/Search.aspx}, the MPI
 * enrollment {@code /payflex/MPIAPI/MPI_Enrollment.aspx}, the ACS password page {@code /payflex/ACS/Authenticate.aspx}
 * (and its {@code Verify.aspx}) and the MPI's TermUrl {@code /payflex/MPIAPI/MPI_TermUrl.aspx}. One servlet, so that
 * the provision service sees the MPI's sessions. Acts out the magic amounts' faults; logs no card data or password.
 */
@WebServlet(
        urlPatterns = {
            PayFlexBank.API_PATH,
            PayFlexBank.SEARCH_PATH,
            PayFlexMpi.ENROLLMENT_PATH,
            PayFlexMpi.ACS_PATH,
            PayFlexMpi.ACS_VERIFY_PATH,
            PayFlexMpi.TERM_URL_PATH
        })
public class PayFlexServlet extends HttpServlet {

    static final ZoneId BANK_TIME_ZONE = ZoneId.of("Europe/Istanbul");
    private static final Logger LOG = Logger.getLogger(PayFlexServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    Ledger ledger;

    private PayFlexBank bank;

    @Override
    public void init() {
        bank = new PayFlexBank(
                PayFlexMerchants.fromClasspath(), ledger, Clock.system(BANK_TIME_ZONE), new SecureRandom());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            HtmlErrorPage.send(response, 413, "Request Entity Too Large", "The request is too large.");
            return;
        }
        String path = request.getServletPath();
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        PayFlexReply reply = switch (path) {
            case PayFlexBank.API_PATH -> bank.vpos(body, request.getContentType());
            case PayFlexBank.SEARCH_PATH -> bank.search(body, request.getContentType());
            case PayFlexMpi.ENROLLMENT_PATH -> bank.mpi().enroll(form(body), base);
            case PayFlexMpi.ACS_PATH -> bank.mpi().acsPage(form(body));
            case PayFlexMpi.ACS_VERIFY_PATH -> bank.mpi().acsVerify(form(body), base);
            default -> bank.mpi().termUrl(form(body));
        };
        LOG.info(() ->
                ("PAYFLEX " + path + " -> HTTP " + reply.status() + " " + reply.fault()).replaceAll("\\p{Cntrl}", "?"));
        send(reply, response);
    }

    private static Map<String, String> form(byte[] body) {
        return PayFlexForm.parse(body);
    }

    static void send(PayFlexReply reply, HttpServletResponse response) throws IOException {
        switch (reply.fault()) {
            case HTTP_500 -> {
                HtmlErrorPage.send(
                        response,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Internal Server Error",
                        "The server encountered an internal error and was unable to complete your request.");
                return;
            }
            case SLOW -> {
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
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        response.setHeader("Cache-Control", "no-store");
        byte[] wire = reply.wireBody();
        // a reset declares the whole answer and sends half: the client sees the connection end mid-answer
        response.setContentLength(reply.fault() == PayFlexReply.Fault.RESET ? reply.body().length : wire.length);
        OutputStream out = response.getOutputStream();
        out.write(wire);
        out.flush();
    }
}
