package dev.vpos.web.pay;

import dev.vpos.checkout.application.CheckoutCommand;
import dev.vpos.checkout.application.CheckoutService;
import dev.vpos.checkout.application.CheckoutView;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.DocumentRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A stand-in B2B portal for demos (run mode only, {@code vpos.demo.seed=true}): the demo company's open orders,
 * "complete order and pay" → our hosted payment page → back here, where the order shows as paid. A real portal does
 * the same through {@code POST /api/v1/checkout-sessions} with its own PORTAL_CLIENT user.
 */
@WebServlet(urlPatterns = "/demo-portal/*")
public class DemoPortalServlet extends HttpServlet {

    static final String ACTOR = "demo-portal";

    @Inject
    CheckoutService checkout;

    @Inject
    ErpPort erp;

    @Inject
    @ConfigProperty(name = "vpos.demo.seed", defaultValue = "false")
    boolean demo;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!demo) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<CompanyRef> company =
                erp.companies().stream().filter(c -> "DEMO".equals(c.code())).findFirst();
        if (company.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder body = new StringBuilder(
                "<h1>Demo B2B portal</h1><p class=\"muted\">Demo Ticaret A.Ş. – your orders" + " (customer C001)</p>");
        String sessionId = req.getParameter("session");
        if (sessionId != null) {
            try {
                CheckoutView s = checkout.forPayer(sessionId);
                boolean paid = "PAID".equals(s.state());
                body.append("<p id=\"outcome\" class=\"")
                        .append(paid ? "ok" : "err")
                        .append("\">Order ")
                        .append(Html.esc(s.reference()))
                        .append(
                                paid
                                        ? ": paid, thank you"
                                                + (s.authCode() == null
                                                        ? ""
                                                        : " (auth code " + Html.esc(s.authCode()) + ")")
                                        : ": not paid (" + Html.esc(s.state())
                                                + (s.collectionState() == null
                                                        ? ""
                                                        : ", " + Html.esc(s.collectionState()))
                                                + ")")
                        .append(".</p>");
            } catch (NotFoundException e) {
                body.append("<p class=\"err\">Unknown payment.</p>");
            }
        }
        body.append("<table><tr><th>Order</th><th>Total</th><th>Open</th><th></th></tr>");
        for (int i = 1; i <= 9; i++) {
            Optional<DocumentRef> order = erp.documentByNumber(company.get().id(), "ORDER", "ORD-2026-000" + i);
            if (order.isEmpty()) {
                continue;
            }
            DocumentRef d = order.get();
            body.append("<tr id=\"")
                    .append(Html.esc(d.number()))
                    .append("\"><td>")
                    .append(Html.esc(d.number()))
                    .append("</td><td>")
                    .append(d.total().amount().toPlainString())
                    .append(' ')
                    .append(d.total().currencyCode())
                    .append("</td><td class=\"open\">")
                    .append(d.paid() ? "paid" : d.open().amount().toPlainString())
                    .append("</td><td>");
            if (!d.paid()) {
                body.append("<form method=\"post\"><input type=\"hidden\" name=\"order\" value=\"")
                        .append(Html.esc(d.number()))
                        .append("\"><button type=\"submit\">Complete order and pay</button>" + "</form>");
            }
            body.append("</td></tr>");
        }
        body.append("</table>");
        HostedPaymentServlet.write(resp, 200, Html.page("Demo portal", body.toString()));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!demo) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CompanyRef company = erp.companies().stream()
                .filter(c -> "DEMO".equals(c.code()))
                .findFirst()
                .orElseThrow();
        String orderNo = String.valueOf(req.getParameter("order"));
        Optional<DocumentRef> order = erp.documentByNumber(company.id(), "ORDER", orderNo);
        if (order.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String back = req.getRequestURL().toString().replaceAll("/demo-portal.*$", "/demo-portal/");
        try {
            CheckoutView s = checkout.create(
                    new CheckoutCommand(
                            company.id(),
                            order.get().customerAccountId(),
                            "ORDER",
                            orderNo,
                            order.get().open().amount().toPlainString(),
                            order.get().open().currencyCode(),
                            back,
                            null,
                            null,
                            null),
                    ACTOR);
            resp.sendRedirect(s.paymentPath());
        } catch (InvalidInputException e) {
            resp.sendRedirect(back);
        }
    }
}
