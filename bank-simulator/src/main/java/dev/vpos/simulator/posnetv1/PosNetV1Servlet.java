package dev.vpos.simulator.posnetv1;

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
 * PosNet V1 (Albaraka Türk): the JSON API {@code POST /posnetv1/ALBMerchantService/MerchantJSONAPI.svc/<Type>} and the
 * 3-D page {@code /posnetv1/ALBSecurePaymentUI/SecureProcess/SecureVerification.aspx} with its ACS ({@code .../acs}).
 * Logs no card data.
 */
@WebServlet(
        urlPatterns = {
            "/posnetv1/ALBMerchantService/MerchantJSONAPI.svc/*",
            "/posnetv1/ALBSecurePaymentUI/SecureProcess/SecureVerification.aspx",
            "/posnetv1/ALBSecurePaymentUI/SecureProcess/acs"
        })
public class PosNetV1Servlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PosNetV1Servlet.class.getName());
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    PosNetV1BankHolder holder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PosNetV1Bank bank = holder.bank();
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (request.getServletPath().endsWith("MerchantJSONAPI.svc")) {
            String type =
                    request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
            api(bank, type, body.length > MAX_REQUEST_BYTES ? new byte[0] : body, response);
            return;
        }
        Map<String, String> form =
                body.length > MAX_REQUEST_BYTES ? Map.of() : FormParameters.firstValues(request.getQueryString(), body);
        PosNetV1Gate.Page page = request.getServletPath().endsWith("/acs")
                ? bank.gate().authenticate(form)
                : bank.gate().open(form);
        response.setStatus(
                page.kind() == PosNetV1Gate.Page.Kind.ERROR
                        ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }

    private static void api(PosNetV1Bank bank, String type, byte[] body, HttpServletResponse response)
            throws IOException {
        PosNetV1Bank.Fault fault = bank.fault(type, body);
        if (fault == PosNetV1Bank.Fault.HTTP_500) {
            HtmlErrorPage.send(response, 500, "Internal Server Error", "The server encountered an internal error.");
            return;
        }
        if (fault == PosNetV1Bank.Fault.SLOW_ANSWER && !SlowAnswer.pause()) {
            HtmlErrorPage.send(response, 503, "Service Unavailable", "Stopping.");
            return;
        }
        var answer = bank.handle(type, body);
        LOG.info(() -> "POSNET_V1 " + type + " -> "
                + answer.getJsonObject("ServiceResponseData").getString("ResponseCode", "?"));
        byte[] json = answer.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json; charset=utf-8");
        boolean cut = fault == PosNetV1Bank.Fault.MALFORMED_BODY || fault == PosNetV1Bank.Fault.CONNECTION_RESET;
        byte[] sent = cut ? Arrays.copyOf(json, json.length / 2) : json;
        response.setContentLength(fault == PosNetV1Bank.Fault.CONNECTION_RESET ? json.length : sent.length);
        response.getOutputStream().write(sent);
        response.getOutputStream().flush();
        if (fault == PosNetV1Bank.Fault.CONNECTION_RESET) {
            response.getOutputStream().close();
        }
    }
}
