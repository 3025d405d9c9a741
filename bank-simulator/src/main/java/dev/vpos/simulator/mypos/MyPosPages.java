package dev.vpos.simulator.mypos;

import dev.vpos.simulator.hosted.ProviderTexts;
import java.util.Map;

/**
 * The HTML of the simulated myPOS checkout: the card page (in the purchase's {@code IPCLanguage}: myPOS writes Greek as
 * GR; a language without texts here is English), the auto-submitting return to the shop, an error page.
 */
final class MyPosPages {

    private MyPosPages() {}

    /**
     * The card page: the pay form first (card fields, and the card-keeping consent when the shop asked to keep the
     * card), then a separate cancel form.
     */
    static String card(
            String sessionId,
            MyPosMerchants.Store store,
            String amount,
            String currency,
            String orderId,
            boolean asksToKeepCard,
            String error,
            ProviderTexts t) {
        return "<!DOCTYPE html>\n<html lang=\"" + t.language() + "\" dir=\"" + t.direction()
                + "\"><head><meta charset=\"utf-8\"><title>" + t.html("mypos.title") + "</title></head><body>"
                + "<h1>" + t.html("mypos.title") + "</h1>"
                + "<p>" + t.htmlWith("mypos.order", esc(store.name()), esc(orderId)) + "</p>"
                + "<p>"
                + t.htmlWith(
                        "mypos.amount", "<b id=\"amount\" dir=\"ltr\">" + esc(amount) + " " + esc(currency) + "</b>")
                + "</p>"
                + (error.isEmpty() ? "" : "<p id=\"error\" style=\"color:#b00\">" + esc(error) + "</p>")
                + "<form method=\"post\" action=\"card\">" + hidden("session", sessionId)
                + "<p><label>" + t.html("mypos.holder")
                + " <input id=\"holder\" name=\"holder\" autocomplete=\"cc-name\"></label></p>"
                + "<p><label>" + t.html("mypos.cardNumber")
                + " <input id=\"cardNumber\" name=\"cardNumber\" autocomplete=\"cc-number\" inputmode=\"numeric\" dir=\"ltr\"></label></p>"
                + "<p><label>" + t.html("mypos.expiry")
                + " <input id=\"expiry\" name=\"expiry\" autocomplete=\"cc-exp\" size=\"5\" dir=\"ltr\"></label> "
                + "<label>" + t.html("mypos.cvc")
                + " <input id=\"cvc\" name=\"cvc\" autocomplete=\"cc-csc\" size=\"4\" dir=\"ltr\"></label></p>"
                + (asksToKeepCard
                        ? "<p><label><input type=\"checkbox\" id=\"storeCard\" name=\"storeCard\" value=\"1\" checked> "
                                + t.html("mypos.keepCard") + "</label></p>"
                        : "")
                + "<button id=\"pay\" type=\"submit\">" + t.html("mypos.pay") + "</button></form>"
                + "<form method=\"post\" action=\"cancel\">" + hidden("session", sessionId)
                + "<button id=\"cancel\" type=\"submit\">" + t.html("mypos.cancel") + "</button></form>"
                + "<p><small>" + t.html("mypos.note") + "</small></p></body></html>\n";
    }

    /** Posts {@code fields} to the shop's URL from the payer's browser as soon as the page loads. */
    static String toShop(String url, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("<form id=\"to-shop\" method=\"post\" action=\"")
                .append(esc(url))
                .append("\">");
        fields.forEach((name, value) -> form.append(hidden(name, value)));
        form.append("<noscript><button type=\"submit\">Back to the shop</button></noscript></form>");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>myPOS Checkout</title></head>"
                + "<body onload=\"document.forms[0].submit()\"><p>Returning to the shop…</p>" + form
                + "</body></html>\n";
    }

    static String error(int status, String message) {
        return page(
                "myPOS Checkout",
                "<h1>The payment cannot be started</h1><p id=\"error\">Status " + status + ": " + esc(message)
                        + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title></head><body>"
                + body + "</body></html>\n";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
