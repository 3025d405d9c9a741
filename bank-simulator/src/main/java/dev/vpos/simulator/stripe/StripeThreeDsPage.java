package dev.vpos.simulator.stripe;

import java.util.Locale;

/**
 * The simulated Stripe's 3-D Secure test page (as Stripe shows for its 3DS test cards): the payer completes or fails
 * the authentication; either way the browser goes back to the merchant's {@code return_url}.
 */
final class StripeThreeDsPage {

    private StripeThreeDsPage() {}

    static String render(StripePaymentIntent pi) {
        String amount =
                StripeBook.major(pi.amount, pi.currency).toPlainString() + " " + pi.currency.toUpperCase(Locale.ROOT);
        return page(
                "3D Secure test payment",
                "<h1>3D Secure 2 test page</h1>"
                        + "<p>This is a test payment of <b id=\"amount\">" + esc(amount) + "</b>. Complete or fail the "
                        + "authentication to see how your integration handles each case.</p>"
                        + "<form method=\"post\" action=\"" + esc(pi.id) + "\">"
                        + "<input type=\"hidden\" name=\"client_secret\" value=\"" + esc(pi.clientSecret) + "\">"
                        + "<button id=\"complete\" type=\"submit\" name=\"outcome\" value=\"complete\">Complete authentication</button> "
                        + "<button id=\"fail\" type=\"submit\" name=\"outcome\" value=\"fail\">Fail authentication</button>"
                        + "</form>");
    }

    static String unknown() {
        return page("3D Secure", "<h1>This authentication link is not valid</h1>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                + "<style>body{font:15px system-ui,sans-serif;max-width:520px;margin:32px auto;color:#1a1f36}"
                + "button{font:inherit;padding:8px 18px;margin-top:16px}</style></head><body>" + body
                + "</body></html>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
