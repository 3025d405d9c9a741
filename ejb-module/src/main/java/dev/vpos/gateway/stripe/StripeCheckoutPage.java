package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.shared.domain.Money;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Our card page for a Stripe payment, as Stripe's "finalize payments on the server" integration has it: Stripe.js
 * (from Stripe) mounts the card fields, {@code stripe.createPaymentMethod} sends the card from the payer's browser to
 * Stripe with the publishable key, and only the PaymentMethod id ({@code pm_...}) is posted on to our callback, with
 * the sealed return URL. The card fields have no {@code name} and belong to no form: the card never reaches us.
 *
 * <p>It speaks the payer page's languages (texts in {@code dev/vpos/gateway/stripe/card_page*.properties}; Arabic right
 * to left, the amount written for the language), English for any other, and fits a phone.
 */
final class StripeCheckoutPage {

    static final String PAYMENT_METHOD = "payment_method";
    static final String RETURN_URL = "return_url";
    static final String SEAL = "vpos_return_seal";

    /** The languages the page has its own words for; any other reads English. */
    static final List<String> LANGUAGES = List.of("tr", "en", "ar", "el", "it", "ru");

    private StripeCheckoutPage() {}

    static String html(StripeCredentials c, ThreeDsRequest request, String seal) {
        String language = LANGUAGES.contains(request.language()) ? request.language() : "en";
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = texts(locale);
        String amount = amount(request.sale().amount(), locale);
        String callback = request.successUrl().toString();
        return "<!DOCTYPE html><html lang=\"" + language + "\" dir=\"" + ("ar".equals(language) ? "rtl" : "ltr")
                + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + esc(text(texts, "title", locale, amount)) + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:520px;margin:24px auto;padding:0 12px;"
                + "color:#1d2733}h1{font-size:22px}label,#card-label{display:block;margin:10px 0 4px;font-weight:500}"
                + "input{font:inherit;padding:8px;width:100%;box-sizing:border-box}"
                + "button{font:inherit;font-weight:600;padding:12px 18px;margin-top:16px;width:100%;color:#fff;"
                + "background:#0b5cab;border:1px solid #0b5cab;border-radius:8px}button:disabled{opacity:.6}"
                + ".err{color:#b3261e}.muted{color:#4f5d6b}</style>"
                + "<script src=\"" + esc(c.stripeJs().toString()) + "\"></script></head><body>"
                + "<h1>" + esc(text(texts, "heading", locale, "\u2068" + amount + "\u2069")) + "</h1>"
                + "<p class=\"muted\">" + esc(text(texts, "note", locale, amount)) + "</p>"
                + "<label for=\"card-holder\">" + esc(text(texts, "holder", locale, amount)) + "</label>"
                + "<input id=\"card-holder\" autocomplete=\"cc-name\">"
                + "<p id=\"card-label\">" + esc(text(texts, "card", locale, amount)) + "</p>"
                + "<div id=\"card-element\" role=\"group\" aria-labelledby=\"card-label\" dir=\"ltr\"></div>"
                + "<p id=\"card-errors\" class=\"err\" role=\"alert\"></p>"
                + "<button id=\"pay\" type=\"button\">" + esc(text(texts, "pay", locale, amount)) + "</button>"
                + "<form id=\"to-callback\" method=\"post\" action=\"" + esc(callback) + "\">"
                + "<input type=\"hidden\" name=\"" + PAYMENT_METHOD + "\" value=\"\">"
                + "<input type=\"hidden\" name=\"" + RETURN_URL + "\" value=\"" + esc(callback) + "\">"
                + "<input type=\"hidden\" name=\"" + SEAL + "\" value=\"" + esc(seal) + "\"></form>"
                + "<script>(function(){var stripe=Stripe('" + js(c.publishableKey()) + "');"
                + "var card=stripe.elements().create('card');card.mount('#card-element');"
                + "var pay=document.getElementById('pay'),errors=document.getElementById('card-errors');"
                + "pay.addEventListener('click',function(){pay.disabled=true;errors.textContent='';"
                + "stripe.createPaymentMethod({type:'card',card:card,billing_details:{name:"
                + "document.getElementById('card-holder').value}}).then(function(r){"
                + "if(r.error){errors.textContent=r.error.message;pay.disabled=false;return;}"
                + "var f=document.getElementById('to-callback');f.elements['" + PAYMENT_METHOD + "'].value="
                + "r.paymentMethod.id;f.submit();});});})();</script></body></html>";
    }

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                "dev.vpos.gateway.stripe.card_page",
                locale,
                StripeCheckoutPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle texts, String key, Locale locale, String amount) {
        return new MessageFormat(texts.getString(key), locale).format(new Object[] {amount});
    }

    /** The amount as a reader of the language writes it, with the currency's code: "91,40 TRY", "٩١٫٤٠ TRY". */
    static String amount(Money money, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        int scale = money.amount().scale();
        number.setMinimumFractionDigits(scale);
        number.setMaximumFractionDigits(scale);
        return number.format(money.amount()) + " " + money.currencyCode();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The publishable key inside a JS string: its format allows letters, digits and underscores only. */
    private static String js(String key) {
        if (!key.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a publishable key");
        }
        return key;
    }
}
