package dev.vpos.web.pay;

import dev.vpos.checkout.application.CheckoutService;
import dev.vpos.checkout.application.CheckoutView;
import dev.vpos.checkout.application.PayerCard;
import dev.vpos.checkout.application.PayerStep;
import dev.vpos.checkout.application.PaymentMethod;
import dev.vpos.checkout.application.SavedCardCheckout;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.web.i18n.Messages;
import dev.vpos.web.security.PayPagePolicy;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hosted payment page {@code /pay/{sessionId}}: the payer enters the card here (never at the portal). On submit
 * it runs the definition's payment model: non-3D answers at once and sends the payer back to the portal; 3-D renders
 * the auto-submitting form to the bank's 3-D gate (or the bank's own page). Public: the session id is the capability.
 */
@WebServlet(urlPatterns = "/pay/*")
public class HostedPaymentServlet extends HttpServlet {

    @Inject
    CheckoutService checkout;

    @Inject
    SavedCardCheckout savedCards;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = sessionId(req);
        try {
            CheckoutView s = checkout.forPayer(id);
            Optional<PaymentMethod> chosen = checkout.method(id, methodParam(req));
            write(resp, 200, form(s, null, req.getLocale(), checkout.methods(id), chosen, offer(id, chosen)));
        } catch (InvalidInputException e) {
            write(
                    resp,
                    400,
                    Html.page(
                            "Payment",
                            "<h1 id=\"failure\">This payment method is not offered</h1>" + "<p><a href=\""
                                    + Html.esc(req.getRequestURI()) + "\">Choose another method</a></p>"));
        } catch (NotFoundException e) {
            write(resp, 404, Html.page("Payment", "<h1>Payment not found</h1><p>This payment link is not valid.</p>"));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        Optional<SavedCardSection.Deletion> deletion = SavedCardSection.deletion(req.getPathInfo());
        if (deletion.isPresent()) {
            deleteSavedCard(req, resp, deletion.get());
            return;
        }
        String id = sessionId(req);
        Integer installments;
        try {
            installments =
                    Integer.valueOf(req.getParameter("installments") == null ? "1" : req.getParameter("installments"));
        } catch (NumberFormatException e) {
            installments = 1;
        }
        PayerCard card = new PayerCard(
                param(req, "cardNumber").replace(" ", ""),
                param(req, "expiry"),
                param(req, "cvv"),
                param(req, "holder"),
                installments,
                param(req, "email"));
        URI callbackBase = URI.create(req.getRequestURL().toString()).resolve(req.getContextPath() + "/3ds/callback/");
        try {
            PayerStep step = checkout.pay(
                    id,
                    card,
                    methodParam(req),
                    callbackBase,
                    req.getRemoteAddr(),
                    req.getLocale().getLanguage(),
                    SavedCardSection.choice(req));
            if (step.toBank() != null) {
                write(resp, 200, toBank(step.toBank()));
                return;
            }
            resp.sendRedirect(CheckoutService.redirect(step.session()));
        } catch (InvalidInputException e) {
            StringBuilder errors = new StringBuilder("<ul class=\"err\">");
            for (FieldError f : e.errors()) {
                errors.append("<li data-field=\"")
                        .append(Html.esc(f.field()))
                        .append("\">")
                        .append(Html.esc(f.field()))
                        .append(": ")
                        .append(Html.esc(Messages.text(
                                req.getLocale(), f.messageKey(), f.args().toArray())))
                        .append("</li>");
            }
            errors.append("</ul>");
            Optional<PaymentMethod> chosen;
            try {
                chosen = checkout.method(id, methodParam(req));
            } catch (InvalidInputException unknownMethod) {
                chosen = checkout.method(id, null);
            }
            write(
                    resp,
                    422,
                    form(
                            checkout.forPayer(id),
                            errors.toString(),
                            req.getLocale(),
                            checkout.methods(id),
                            chosen,
                            offer(id, chosen)));
        } catch (RuleViolationException e) {
            write(
                    resp,
                    409,
                    Html.page(
                            "Payment",
                            "<h1>This payment cannot be made</h1><p>"
                                    + Html.esc(Messages.text(
                                            req.getLocale(),
                                            e.messageKey(),
                                            e.args().toArray())) + "</p>"));
        } catch (NotFoundException e) {
            write(resp, 404, Html.page("Payment", "<h1>Payment not found</h1>"));
        }
    }

    /** What the saved-card part of the page offers for the chosen method. */
    private SavedCardCheckout.Offer offer(String id, Optional<PaymentMethod> chosen) {
        return savedCards.offer(id, chosen.map(PaymentMethod::definitionId).orElse(null));
    }

    /** The payer deletes a saved card from the page; back to the page (or why not). */
    private void deleteSavedCard(HttpServletRequest req, HttpServletResponse resp, SavedCardSection.Deletion d)
            throws IOException {
        try {
            savedCards.deleteByPayer(d.sessionId(), d.cardId());
            resp.sendRedirect(req.getContextPath() + "/pay/" + d.sessionId()
                    + (req.getParameter("method") == null ? "" : "?method=" + methodParam(req)));
        } catch (RuleViolationException e) {
            write(
                    resp,
                    409,
                    Html.page(
                            "Payment",
                            "<h1>This payment cannot be changed</h1><p>"
                                    + Html.esc(Messages.text(
                                            req.getLocale(),
                                            e.messageKey(),
                                            e.args().toArray())) + "</p>"));
        } catch (NotFoundException e) {
            write(resp, 404, Html.page("Payment", "<h1>Saved card not found</h1>"));
        }
    }

    /** The auto-submitting form to the bank's 3-D gate, or the bank's own page. Card fields never reach a log. */
    static String toBank(ThreeDsStart start) {
        if (start.html() != null) {
            return start.html();
        }
        StringBuilder f = new StringBuilder("<form id=\"to-bank\" method=\"post\" action=\"")
                .append(Html.esc(start.action()))
                .append("\">");
        for (Map.Entry<String, String> e : start.fields().entrySet()) {
            f.append("<input type=\"hidden\" name=\"")
                    .append(Html.esc(e.getKey()))
                    .append("\" value=\"")
                    .append(Html.esc(e.getValue()))
                    .append("\">");
        }
        f.append("<noscript><button type=\"submit\">Continue to your bank</button></noscript></form>")
                .append("<p class=\"muted\">Redirecting to your bank for 3-D Secure…</p>")
                .append("<script>document.getElementById('to-bank').submit();</script>");
        return Html.page("3-D Secure", f.toString());
    }

    /** The method chosen with {@code ?method=} (or the form's field); null when none or not a number. */
    private static Long methodParam(HttpServletRequest req) {
        String v = req.getParameter("method");
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /**
     * The methods that fit this payment, each a link that reloads the page with it chosen; the chosen one shows what
     * its discount takes off before the payer pays.
     */
    private static String methods(List<PaymentMethod> offered, Optional<PaymentMethod> chosen) {
        if (offered.size() < 2 && chosen.map(m -> !m.discounted()).orElse(true)) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav id=\"methods\" aria-label=\"Payment method\"><p>Pay with:</p><ul>");
        for (PaymentMethod m : offered) {
            boolean selected = chosen.isPresent() && chosen.get().definitionId() == m.definitionId();
            out.append("<li><a class=\"method")
                    .append(selected ? " selected\" aria-current=\"true" : "")
                    .append("\" data-family=\"")
                    .append(Html.esc(m.family()))
                    .append("\" href=\"?method=")
                    .append(m.definitionId())
                    .append("\">")
                    .append(Html.esc(m.name()))
                    .append(" — ")
                    .append(Html.esc(m.payable().amount().toPlainString()))
                    .append(' ')
                    .append(Html.esc(m.payable().currencyCode()));
            if (m.discounted()) {
                out.append(" <span class=\"discount\">(")
                        .append(Html.esc(m.discount().amount().toPlainString()))
                        .append(' ')
                        .append(Html.esc(m.discount().currencyCode()))
                        .append(" discount)</span>");
            }
            out.append("</a></li>");
        }
        return out.append("</ul></nav>").toString();
    }

    private static String form(
            CheckoutView s,
            String errors,
            Locale locale,
            List<PaymentMethod> offered,
            Optional<PaymentMethod> chosen,
            SavedCardCheckout.Offer saved) {
        boolean askCard = chosen.map(PaymentMethod::asksCard).orElse(true);
        String charged = chosen.map(m -> m.payable().amount().toPlainString())
                .orElse(s.amount().toPlainString());
        if (!"OPEN".equals(s.state())) {
            return Html.page(
                    "Payment",
                    "<h1>Payment " + Html.esc(s.state().toLowerCase(Locale.ROOT)) + "</h1>"
                            + "<p><a id=\"back\" href=\"" + Html.esc(CheckoutService.redirect(s))
                            + "\">Back to the shop</a></p>");
        }
        return Html.page(
                "Payment",
                "<h1 id=\"charged\">Pay " + Html.esc(charged) + " " + Html.esc(s.currency()) + "</h1>"
                        + chosen.filter(PaymentMethod::discounted)
                                .map(m -> "<p id=\"discount\">" + Html.esc(m.name())
                                        + " discount: "
                                        + Html.esc(m.discount().amount().toPlainString()) + " " + Html.esc(s.currency())
                                        + " off " + Html.esc(s.amount().toPlainString()) + "</p>")
                                .orElse("")
                        + methods(offered, chosen) + "<p class=\"muted\">"
                        + Html.esc(s.purpose().equals("ORDER") ? "Order " : "Account payment ")
                        + Html.esc(s.reference()) + "</p>" + (errors == null ? "" : errors)
                        + (s.collectionState() != null && !"APPROVED".equals(s.collectionState())
                                ? "<p class=\"err\" id=\"last-result\">Your last attempt was not approved ("
                                        + Html.esc(s.collectionState()) + "). You can try again.</p>"
                                : "")
                        + "<form method=\"post\" autocomplete=\"off\">"
                        + chosen.map(m -> "<input type=\"hidden\" name=\"method\" value=\"" + m.definitionId() + "\">")
                                .orElse("")
                        + (askCard
                                ? "<label for=\"holder\">Name on card</label><input id=\"holder\" name=\"holder\" autocomplete=\"cc-name\">"
                                        + "<label for=\"cardNumber\">Card number</label><input id=\"cardNumber\" name=\"cardNumber\" inputmode=\"numeric\" autocomplete=\"cc-number\">"
                                        + "<label for=\"expiry\">Expiry (MM/YY)</label><input id=\"expiry\" name=\"expiry\" autocomplete=\"cc-exp\">"
                                        + "<label for=\"cvv\">CVV</label><input id=\"cvv\" name=\"cvv\" inputmode=\"numeric\" autocomplete=\"cc-csc\">"
                                : "<p class=\"muted\">You will enter your card on the secure page of "
                                        + Html.esc(
                                                chosen.map(PaymentMethod::name).orElse("your bank")) + ".</p>")
                        + "<label for=\"installments\">Installments</label><select id=\"installments\" name=\"installments\">"
                        + "<option value=\"1\">Single payment</option><option value=\"2\">2</option><option value=\"3\">3</option>"
                        + "<option value=\"6\">6</option></select>"
                        + SavedCardSection.beforePay(saved)
                        + "<button id=\"pay\" type=\"submit\">Pay</button>" + SavedCardSection.afterPay(saved)
                        + "</form>"
                        + SavedCardSection.afterForm(
                                s.id(), chosen.map(PaymentMethod::definitionId).orElse(null), saved));
    }

    private static String sessionId(HttpServletRequest req) {
        String path = req.getPathInfo();
        return path == null ? "" : path.replace("/", "");
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v.trim();
    }

    static void write(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        // the page's own inline scripts and styles by hash; nothing else inline runs (issue #13)
        resp.setHeader("Content-Security-Policy", PayPagePolicy.forPage(html));
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
