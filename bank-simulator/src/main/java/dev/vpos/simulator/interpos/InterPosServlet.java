package dev.vpos.simulator.interpos;

import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Denizbank InterPOS: {@code POST /interpos/mpi/Default.aspx} is both the API ({@code SecureType=NonSecure}, answered
 * with {@code ;;}-separated text) and the 3-D gate for 3DModel / 3DPay forms; {@code /interpos/mpi/3DHost.aspx} the 3D
 * Host page; {@code /interpos/mpi/card} and {@code /interpos/mpi/acs} the card and ACS pages. Logs no card data.
 */
@WebServlet(
        urlPatterns = {
            "/interpos/mpi/Default.aspx",
            "/interpos/mpi/3DHost.aspx",
            "/interpos/mpi/card",
            "/interpos/mpi/acs"
        })
public class InterPosServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(InterPosServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    InterPosBankHolder holder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        InterPosBank bank = holder.bank();
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        Map<String, String> form =
                body.length > MAX_REQUEST_BYTES ? Map.of() : FormParameters.firstValues(request.getQueryString(), body);
        if (path.endsWith("/Default.aspx") && !InterPosBank.isThreeDsForm(form)) {
            api(bank, form, response);
            return;
        }
        InterPosGate gate = bank.gate();
        InterPosGate.Page page = path.endsWith("/acs")
                ? gate.authenticate(form)
                : path.endsWith("/card") ? gate.enterCard(form) : gate.open(form, path.endsWith("/3DHost.aspx"));
        response.setStatus(
                page.kind() == InterPosGate.Page.Kind.ERROR
                        ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }

    private static void api(InterPosBank bank, Map<String, String> form, HttpServletResponse response)
            throws IOException {
        InterPosBank.Fault fault = bank.fault(form);
        if (fault == InterPosBank.Fault.HTTP_500) {
            HtmlErrorPage.send(response, 500, "Internal Server Error", "The server encountered an internal error.");
            return;
        }
        if (fault == InterPosBank.Fault.SLOW_ANSWER && !SlowAnswer.pause()) {
            HtmlErrorPage.send(response, 503, "Service Unavailable", "Stopping.");
            return;
        }
        Map<String, String> answer = bank.handle(form);
        LOG.info(() -> "INTERPOS " + form.getOrDefault("TxnType", "?") + " -> " + answer.get("ProcReturnCode"));
        byte[] text = InterPosReplies.text(answer).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html; charset=utf-8");
        boolean cut = fault == InterPosBank.Fault.MALFORMED_BODY || fault == InterPosBank.Fault.CONNECTION_RESET;
        byte[] sent = cut ? Arrays.copyOf(text, text.length / 2) : text;
        response.setContentLength(fault == InterPosBank.Fault.CONNECTION_RESET ? text.length : sent.length);
        response.getOutputStream().write(sent);
        response.getOutputStream().flush();
        if (fault == InterPosBank.Fault.CONNECTION_RESET) {
            response.getOutputStream().close();
        }
    }
}
