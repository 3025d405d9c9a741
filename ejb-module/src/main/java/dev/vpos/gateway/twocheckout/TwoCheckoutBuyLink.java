package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ConvertPlus buy link for one of our orders: one dynamic product for the order's amount, our order id as the
 * external reference ({@code order-ext-ref}, it comes back as {@code REFNOEXT} in IPNs), the payer sent back to our
 * callback with a header redirect, the link valid for an hour, {@code test=1} on a TEST definition, signed with the
 * buy-link secret word. The payer's browser opens it with GET (it is a link), from a page that submits it at once.
 */
final class TwoCheckoutBuyLink {

    static final Duration VALIDITY = Duration.ofHours(1);

    private TwoCheckoutBuyLink() {}

    /** The link's parameters in the order they are sent, {@code signature} last. */
    static Map<String, String> parameters(ThreeDsRequest request, TwoCheckoutCredentials c, Clock clock) {
        ThreeDsSale sale = request.sale();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("merchant", c.merchantCode());
        p.put("dynamic", "1");
        p.put("prod", "Order " + sale.bankOrderId());
        p.put("price", sale.amount().amount().toPlainString());
        p.put("qty", "1");
        p.put("type", "PRODUCT");
        p.put("tangible", "0");
        p.put("currency", sale.amount().currencyCode());
        p.put("order-ext-ref", sale.bankOrderId());
        p.put("return-url", request.successUrl().toString());
        p.put("return-type", "redirect");
        p.put("expiration", String.valueOf(clock.instant().plus(VALIDITY).getEpochSecond()));
        p.put("language", language(request.language()));
        if (sale.email() != null && !sale.email().isBlank()) {
            p.put("email", sale.email());
        }
        if (!c.live()) {
            p.put("test", "1");
        }
        p.put(ConvertPlusSignature.SIGNATURE, ConvertPlusSignature.ofBuyLink(p, c.buyLinkSecretWord()));
        return p;
    }

    /** Our page that opens the link: a GET form submitted on load (and a button without JavaScript). */
    static String page(java.net.URI action, Map<String, String> parameters) {
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                        + "<title>2Checkout</title></head><body><form id=\"to-provider\" method=\"get\" action=\"")
                .append(esc(action.toString()))
                .append("\">");
        parameters.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(esc(name))
                .append("\" value=\"")
                .append(esc(value))
                .append("\">"));
        return html.append("<noscript><button type=\"submit\">Continue to 2Checkout</button></noscript></form>"
                        + "<p>Redirecting to 2Checkout…</p>"
                        + "<script>document.getElementById('to-provider').submit();</script></body></html>")
                .toString();
    }

    /** The parameters for the log: the signature is not a secret, but nothing in it is worth keeping. */
    static String masked(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + (ConvertPlusSignature.SIGNATURE.equals(e.getKey()) ? "***" : e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** 2Checkout's pages speak the payers' six languages; anything else (or none) is English. */
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("tr", "en", "ar", "el", "it", "ru");

    /** The buy link's {@code language}: the page's language (a BCP 47 tag's language part) when 2Checkout has it. */
    static String language(String language) {
        if (language == null) {
            return "en";
        }
        String l = language.toLowerCase(java.util.Locale.ROOT).split("-", 2)[0];
        return LANGUAGES.contains(l) ? l : "en";
    }
}
