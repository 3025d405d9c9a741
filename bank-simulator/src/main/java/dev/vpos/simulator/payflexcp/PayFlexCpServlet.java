package dev.vpos.simulator.payflexcp;

import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The simulated VakıfBank Common Payment below {@code /payflexcp/}: {@code CommonPayment/api/RegisterTransaction} and
 * {@code CommonPayment/api/VposTransaction} (form posts, XML answers), the payer's pages
 * {@code CommonPayment/SecurePayment?Ptkn=} (GET or POST), {@code .../SecurePayment/Card} and {@code .../Acs}, and the
 * VPOS services {@code VposService/v3/Vposreq.aspx} (cancel, refund) and {@code UIService/Search.aspx} (status). Logs no card data.
 */
@WebServlet(urlPatterns = "/payflexcp/*")
public class PayFlexCpServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PayFlexCpServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    PayFlexCpBankHolder holder;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/CommonPayment/SecurePayment".equals(request.getPathInfo())) {
            page(response, holder.bank().page(request.getParameter("Ptkn")));
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Map<String, String> form = FormParameters.firstValues(request.getQueryString(), body);
        PayFlexCpBank bank = holder.bank();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/CommonPayment/api/RegisterTransaction" -> {
                String pageUrl =
                        request.getRequestURL().toString().replace("/api/RegisterTransaction", "/SecurePayment");
                answer(response, bank.register(form, pageUrl), "RegisterTransaction");
            }
            case "/CommonPayment/api/VposTransaction" -> answer(response, bank.inquiry(form), "VposTransaction");
            case "/CommonPayment/SecurePayment" -> page(response, bank.page(form.get("Ptkn")));
            case "/CommonPayment/SecurePayment/Card" -> page(response, bank.card(form));
            case "/CommonPayment/SecurePayment/Acs" -> page(response, bank.authenticate(form));
            case "/UIService/Search.aspx" ->
                answer(response, bank.search().search(body, request.getContentType()), "Search");
            case "/VposService/v3/Vposreq.aspx" ->
                answer(response, bank.vpos().vpos(body, request.getContentType()), "Vposreq");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void answer(HttpServletResponse response, PayFlexCpReply reply, String call) throws IOException {
        LOG.info(() -> "PAYFLEX_CP " + call + " -> "
                + reply.text()
                        .replaceAll("<PaymentToken>[^<]*", "<PaymentToken>*")
                        .replaceAll("\\p{Cntrl}", "?") + " " + reply.fault());
        switch (reply.fault()) {
            case HTTP_500 -> {
                HtmlErrorPage.send(
                        response,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Internal Server Error",
                        "The server encountered an internal error.");
                return;
            }
            case SLOW -> {
                if (!SlowAnswer.pause()) {
                    HtmlErrorPage.send(
                            response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", "Stopping.");
                    return;
                }
            }
            default -> {}
        }
        byte[] wire = reply.wireBody();
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        response.setContentLength(reply.fault() == PayFlexCpReply.Fault.RESET ? reply.body().length : wire.length);
        OutputStream out = response.getOutputStream();
        out.write(wire);
        out.flush();
        if (reply.fault() == PayFlexCpReply.Fault.RESET) {
            out.close();
        }
    }

    private static void page(HttpServletResponse response, PayFlexCpBank.Page page) throws IOException {
        response.setStatus(
                page.kind() == PayFlexCpBank.Page.Kind.ERROR
                        ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }
}
