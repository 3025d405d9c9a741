package dev.vpos.web.pay;

import dev.vpos.checkout.application.CallbackStep;
import dev.vpos.checkout.application.CheckoutService;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /3ds/callback/{collectionReference}}: where the bank posts the payer back after 3-D Secure. The
 * family's adapter verifies it first; a callback that fails a check changes nothing but the log and the payer sees a
 * clear failure page. Otherwise the payer goes to our result page (a payment started from our page, or a payment
 * link's) or back to the portal's return URL (a bare form post), or sees the result, or on to the
 * provider's next page when it needs the payer once more. {@code GET} is handled the same way: some providers
 * (Stripe's {@code return_url}) send the payer back with a redirect, the parameters in the query string.
 */
@WebServlet(urlPatterns = "/3ds/callback/*")
public class ThreeDsCallbackServlet extends HttpServlet {

    @Inject
    CheckoutService checkout;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doPost(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String reference = req.getPathInfo() == null ? "" : req.getPathInfo().replace("/", "");
        Map<String, String> posted = PostedFields.inOrder(req);
        try {
            CallbackStep step = checkout.completeThreeDs(reference, posted);
            if (!step.outcome().accepted()) {
                HostedPaymentServlet.write(
                        resp,
                        400,
                        Html.page(
                                "Payment not completed",
                                "<h1 id=\"failure\">Payment not completed</h1><p>The bank's answer could not be verified, so "
                                        + "nothing was charged through this page. Please return to the shop and try again.</p>"));
                return;
            }
            if (step.redirectTo() != null) {
                resp.sendRedirect(step.redirectTo());
                return;
            }
            var c = step.outcome().collection();
            HostedPaymentServlet.write(
                    resp,
                    200,
                    Html.page(
                            "Payment " + c.state(),
                            "<h1 id=\"result\">Payment " + Html.esc(c.state()) + "</h1><p>"
                                    + Html.esc(c.meaning().message("en")) + "</p>"));
        } catch (NotFoundException e) {
            HostedPaymentServlet.write(resp, 404, Html.page("Payment", "<h1 id=\"failure\">Unknown payment</h1>"));
        }
    }
}
