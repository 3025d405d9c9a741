package dev.vpos.simulator.posnet;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The PosNet 3-D gate: {@code POST /posnet/3DSWebService/YKBPaymentService} (the merchant's form) shows the ACS page;
 * {@code POST .../YKBPaymentService/acs} (the ACS form) posts the result back to the merchant.
 */
@WebServlet(urlPatterns = {"/posnet/3DSWebService/YKBPaymentService", "/posnet/3DSWebService/YKBPaymentService/acs"})
public class PosNetGateServlet extends HttpServlet {

    private PosNetGate gate;

    @Override
    public void init() {
        gate = new PosNetGate(PosNetMerchants.fromClasspath());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        PosNetGate.Page page = request.getRequestURI().endsWith(PosNetGate.ACS_PATH_SUFFIX)
                ? gate.authenticate(form)
                : gate.enter(form, request.getRequestURI() + PosNetGate.ACS_PATH_SUFFIX);
        response.setStatus(page.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }
}
