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
import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /3ds/callback/{collectionReference}}: where the bank posts the payer back after 3-D Secure. The
 * family's adapter verifies it first; a callback that fails a check changes nothing but the log and the payer sees a
 * clear failure page. Otherwise the payer goes back to the portal's return URL (or sees the result).
 * {@code GET} with the same parameters in the query is the return of providers that redirect the payer's browser
 * (2Checkout's ConvertPlus {@code return-type=redirect}); the query is read as UTF-8.
 */
@WebServlet(urlPatterns = "/3ds/callback/*")
public class ThreeDsCallbackServlet extends HttpServlet {

    @Inject
    CheckoutService checkout;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> returned = new HashMap<>();
        String query = req.getQueryString() == null ? "" : req.getQueryString();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                returned.putIfAbsent(java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                        java.nio.charset.StandardCharsets.UTF_8), eq < 0 ? "" : java.net.URLDecoder.decode(
                        pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a malformed pair is left out; the adapter's signature check then fails
            }
        }
        complete(req, resp, returned);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        Map<String, String> posted = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> posted.put(k, v.length == 0 ? "" : v[0]));
        complete(req, resp, posted);
    }

    private void complete(HttpServletRequest req, HttpServletResponse resp, Map<String, String> posted) throws IOException {
        String reference = req.getPathInfo() == null ? "" : req.getPathInfo().replace("/", "");
        try {
            CallbackStep step = checkout.completeThreeDs(reference, posted);
            if (!step.outcome().accepted()) {
                HostedPaymentServlet.write(resp, 400, Html.page("Payment not completed",
                        "<h1 id=\"failure\">Payment not completed</h1><p>The bank's answer could not be verified, so "
                                + "nothing was charged through this page. Please return to the shop and try again.</p>"));
                return;
            }
            if (step.redirectTo() != null) {
                resp.sendRedirect(step.redirectTo());
                return;
            }
            var c = step.outcome().collection();
            HostedPaymentServlet.write(resp, 200, Html.page("Payment " + c.state(), "<h1 id=\"result\">Payment "
                    + Html.esc(c.state()) + "</h1><p>" + Html.esc(c.meaning().message("en")) + "</p>"));
        } catch (NotFoundException e) {
            HostedPaymentServlet.write(resp, 404, Html.page("Payment", "<h1 id=\"failure\">Unknown payment</h1>"));
        }
    }
}
