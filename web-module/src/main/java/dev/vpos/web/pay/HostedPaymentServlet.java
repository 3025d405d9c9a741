package dev.vpos.web.pay;

import dev.vpos.branding.application.CompanyLogos;
import dev.vpos.checkout.application.CheckoutService;
import dev.vpos.checkout.application.PayerCard;
import dev.vpos.checkout.application.PayerPages;
import dev.vpos.checkout.application.PayerRoutes;
import dev.vpos.checkout.application.PayerStep;
import dev.vpos.checkout.application.SavedCardCheckout;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.paylinks.application.PaymentLinks;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hosted payment page {@code /pay/{sessionId}}: the payer enters the card here (never at the portal). Public: the
 * session id is the capability.
 *
 * <ul>
 *   <li>{@code GET /pay/{id}} is one static page ({@code WEB-INF/payer/pay.html}, the same bytes for every session;
 *       404 for an unknown session, 400 for a method that is not offered) whose script reads
 *       {@code GET /pay/{id}/details} ({@link PayerPageJson}) and draws the page in the payer's language; as the card
 *       number is typed it asks {@code GET /pay/{id}/route} ({@link PayerRouteJson}) which method the company's
 *       routing rules suggest for the card, and why;
 *   <li>{@code POST /pay/{id}} is the page's form, sent by the browser itself once the script has checked it (so the
 *       bank's 3-D form or the provider's page is a normal navigation). Non-3D: the sale runs now; from the page
 *       ({@code view=page}) the payer then sees our result page, from a bare form post (no script) the portal's return
 *       URL as before. 3-D and hosted providers: the auto-submitting form to the bank's gate or the provider's page;
 *       from the page, the bank's or provider's return then shows our result page too (before the way back).
 * </ul>
 */
@WebServlet(urlPatterns = "/pay/*")
public class HostedPaymentServlet extends HttpServlet {

    static final String DETAILS = "details";
    static final String LOGO = "logo";
    static final String ROUTE = "route";

    @Inject
    CheckoutService checkout;

    @Inject
    SavedCardCheckout savedCards;

    @Inject
    PayerPages pages;

    @Inject
    PaymentLinks links;

    @Inject
    PayerRoutes routes;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] path = path(req);
        if (path.length == 2 && DETAILS.equals(path[1])) {
            PayerPageJson.write(req, resp, pages, path[0]);
            return;
        }
        if (path.length == 2 && ROUTE.equals(path[1])) {
            PayerRouteJson.write(req, resp, routes, path[0]);
            return;
        }
        if (path.length == 2 && LOGO.equals(path[1])) {
            logo(resp, path[0]);
            return;
        }
        if (path.length != 1) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int status = 200;
        try {
            checkout.forPayer(path[0]);
            // a payment link's page opened by its payer: the collector's list says OPENED from now on
            links.pageOpened(path[0]);
            checkout.method(path[0], methodParam(req));
        } catch (InvalidInputException e) {
            status = 400;
        } catch (NotFoundException e) {
            status = 404;
        }
        StaticPage.write(getServletContext(), resp, status);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        Optional<SavedCardSection.Deletion> deletion = SavedCardSection.deletion(req.getPathInfo());
        if (deletion.isPresent()) {
            deleteSavedCard(req, resp, deletion.get());
            return;
        }
        String id = String.join("/", path(req));
        boolean fromPage = "page".equals(req.getParameter("view"));
        PayerCard card = new PayerCard(
                param(req, "cardNumber").replace(" ", ""),
                param(req, "expiry"),
                param(req, "cvv"),
                param(req, "holder"),
                installments(req),
                param(req, "email"));
        URI callbackBase = URI.create(req.getRequestURL().toString()).resolve(req.getContextPath() + "/3ds/callback/");
        try {
            PayerStep step = checkout.pay(
                    id,
                    card,
                    methodParam(req),
                    callbackBase,
                    req.getRemoteAddr(),
                    payerLanguage(req),
                    SavedCardSection.choice(req),
                    fromPage);
            if (step.toBank() != null) {
                write(resp, 200, toBank(step.toBank()));
                return;
            }
            resp.sendRedirect(fromPage ? resultPage(req, id) : CheckoutService.redirect(step.session()));
        } catch (InvalidInputException e) {
            if (fromPage) {
                resp.sendRedirect(pagePath(req, id) + "?"
                        + (methodParam(req) == null ? "" : "method=" + methodParam(req) + "&") + "invalid="
                        + URLEncoder.encode(
                                e.errors().stream().map(FieldError::field).collect(Collectors.joining(",")),
                                StandardCharsets.UTF_8));
                return;
            }
            write(resp, 422, refusedFields(req, e));
        } catch (RuleViolationException e) {
            if (fromPage) {
                resp.sendRedirect(resultPage(req, id));
                return;
            }
            write(resp, 409, refused(req, "This payment cannot be made", e));
        } catch (NotFoundException e) {
            write(resp, 404, Html.page("Payment", "<h1>Payment not found</h1>"));
        }
    }

    /** The company's logo for the payer's page ({@code /pay/{id}/logo}); 404 when it has none or no such session. */
    private void logo(HttpServletResponse resp, String sessionId) throws IOException {
        Optional<CompanyLogos.Logo> logo;
        try {
            logo = pages.logo(sessionId);
        } catch (NotFoundException e) {
            logo = Optional.empty();
        }
        if (logo.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(logo.get().contentType());
        // the URL carries the logo's version: a new image has a new URL
        resp.setHeader("Cache-Control", "private, max-age=86400");
        resp.getOutputStream().write(logo.get().bytes());
    }

    /** The payer deletes a saved card from the page; back to the page (or why not). */
    private void deleteSavedCard(HttpServletRequest req, HttpServletResponse resp, SavedCardSection.Deletion d)
            throws IOException {
        try {
            savedCards.deleteByPayer(d.sessionId(), d.cardId());
            resp.sendRedirect(pagePath(req, d.sessionId())
                    + (req.getParameter("method") == null ? "" : "?method=" + methodParam(req)));
        } catch (RuleViolationException e) {
            write(resp, 409, refused(req, "This payment cannot be changed", e));
        } catch (NotFoundException e) {
            write(resp, 404, Html.page("Payment", "<h1>Saved card not found</h1>"));
        }
    }

    /**
     * The answer to a bare form post (a client without script) that the checks refused: each field with its reason in
     * the caller's language, and the way back. The page itself never sees this: its script checks first, and a refusal
     * of a post from the page goes back to the page with the fields marked.
     */
    private static String refusedFields(HttpServletRequest req, InvalidInputException e) {
        StringBuilder errors = new StringBuilder("<h1>Please check the payment</h1><ul class=\"err\">");
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
        return Html.page(
                "Payment",
                errors.append("</ul><p><a href=\"")
                        .append(Html.esc(req.getRequestURI()))
                        .append("\">Back to the payment</a></p>")
                        .toString());
    }

    private static String refused(HttpServletRequest req, String title, RuleViolationException e) {
        return Html.page(
                "Payment",
                "<h1>" + Html.esc(title) + "</h1><p>"
                        + Html.esc(Messages.text(
                                req.getLocale(), e.messageKey(), e.args().toArray())) + "</p>");
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

    private static String pagePath(HttpServletRequest req, String id) {
        return req.getContextPath() + "/pay/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static String resultPage(HttpServletRequest req, String id) {
        return pagePath(req, id) + "?view=result";
    }

    /** The method chosen with {@code ?method=} (or the form's field); null when none, -1 when not a number. */
    static Long methodParam(HttpServletRequest req) {
        String v = req.getParameter("method");
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /**
     * The language the payer read our page in (its {@code lang} field, for the bank's or provider's page after it);
     * the browser's when a bare form post has none.
     */
    static String payerLanguage(HttpServletRequest req) {
        String lang = param(req, "lang");
        return lang.matches("[a-z]{2}") ? lang : req.getLocale().getLanguage();
    }

    private static Integer installments(HttpServletRequest req) {
        String v = req.getParameter("installments");
        try {
            return v == null || v.isBlank() ? 1 : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String[] path(HttpServletRequest req) {
        String p = req.getPathInfo() == null ? "" : req.getPathInfo();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[] {""} : p.split("/");
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
