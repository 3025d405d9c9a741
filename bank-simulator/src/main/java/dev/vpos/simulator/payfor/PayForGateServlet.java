package dev.vpos.simulator.payfor;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * PayFor's 3-D pages, posted by the payer's browser: the gate {@code Default.aspx} (3DModel, 3DPay) and
 * {@code 3DHost.aspx} (3DHost), the bank's card form {@code 3DHostPayment.aspx} and the ACS page {@code Acs.aspx}.
 * Every page is HTML; the last one auto-submits the result to the merchant.
 */
@WebServlet(
        urlPatterns = {
            "/payfor/Gateway/Default.aspx",
            "/payfor/Gateway/3DHost.aspx",
            "/payfor/Gateway/3DHostPayment.aspx",
            "/payfor/Gateway/Acs.aspx"
        })
public class PayForGateServlet extends HttpServlet {

    @Inject
    PayForBankHolder holder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        PayForGate gate = holder.bank().gate();
        String path = request.getServletPath();
        PayForGate.Page page;
        if (path.endsWith("/Acs.aspx")) {
            page = gate.authenticate(form);
        } else if (path.endsWith("/3DHostPayment.aspx")) {
            page = gate.enterCard(form);
        } else {
            page = gate.open(form, path.endsWith("/3DHost.aspx"));
        }
        response.setStatus(
                page.kind() == PayForGate.Page.Kind.ERROR
                        ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }
}
