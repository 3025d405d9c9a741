package dev.vpos.simulator.akbank;

import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.http.SlowAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Akbank: the API {@code POST /akbank/api/v1/payment/virtualpos/transaction/process} (JSON, {@code auth-hash}
 * header) and the 3-D gateway {@code /akbank/gateway/securepay}, {@code /payhosting}, {@code /card}, {@code /acs}.
 * Logs no card data (the txnCode and the answer's code only).
 */
@WebServlet(
        urlPatterns = {
            "/akbank/api/v1/payment/virtualpos/transaction/process",
            "/akbank/gateway/securepay",
            "/akbank/gateway/payhosting",
            "/akbank/gateway/card",
            "/akbank/gateway/acs"
        })
public class AkbankServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(AkbankServlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    AkbankBankHolder holder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        AkbankBank bank = holder.bank();
        if (path.endsWith("/transaction/process")) {
            byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
            AkbankBank.Fault fault = body.length > MAX_REQUEST_BYTES
                    ? AkbankBank.Fault.NONE
                    : bank.fault(body, request.getHeader("auth-hash"));
            if (fault == AkbankBank.Fault.HTTP_500) {
                HtmlErrorPage.send(response, 500, "Internal Server Error", "The server encountered an internal error.");
                return;
            }
            if (fault == AkbankBank.Fault.SLOW_ANSWER && !SlowAnswer.pause()) {
                HtmlErrorPage.send(response, 503, "Service Unavailable", "Stopping.");
                return;
            }
            var answer = body.length > MAX_REQUEST_BYTES
                    ? bank.handle(new byte[0], null)
                    : bank.handle(body, request.getHeader("auth-hash"));
            LOG.info(() -> "AKBANK txnCode " + answer.getString("txnCode", "?") + " -> "
                    + answer.getString("responseCode", "?"));
            byte[] json = answer.toString().getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=utf-8");
            boolean cut = fault == AkbankBank.Fault.MALFORMED_BODY || fault == AkbankBank.Fault.CONNECTION_RESET;
            byte[] sent = cut ? java.util.Arrays.copyOf(json, json.length / 2) : json;
            response.setContentLength(fault == AkbankBank.Fault.CONNECTION_RESET ? json.length : sent.length);
            response.getOutputStream().write(sent);
            response.getOutputStream().flush();
            if (fault == AkbankBank.Fault.CONNECTION_RESET) {
                response.getOutputStream().close();
            }
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        AkbankGate gate = bank.gate();
        AkbankGate.Page page = path.endsWith("/acs")
                ? gate.authenticate(form)
                : path.endsWith("/card") ? gate.enterCard(form) : gate.open(form, path.endsWith("/payhosting"));
        response.setStatus(
                page.kind() == AkbankGate.Page.Kind.ERROR
                        ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }
}
