package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.ThreeDsRequest;

/**
 * Our card page for a Stripe payment, as Stripe's "finalize payments on the server" integration has it: Stripe.js
 * (from Stripe) mounts the card fields, {@code stripe.createPaymentMethod} sends the card from the payer's browser to
 * Stripe with the publishable key, and only the PaymentMethod id ({@code pm_...}) is posted on to our callback, with
 * the sealed return URL. The card fields have no {@code name} and belong to no form: the card never reaches us.
 */
final class StripeCheckoutPage {

    static final String PAYMENT_METHOD = "payment_method";
    static final String RETURN_URL = "return_url";
    static final String SEAL = "vpos_return_seal";

    private StripeCheckoutPage() {}

    static String html(StripeCredentials c, ThreeDsRequest request, String seal) {
        boolean tr = "tr".equals(request.language());
        String amount = request.sale().amount().amount().toPlainString() + " "
                + request.sale().amount().currencyCode();
        String callback = request.successUrl().toString();
        return "<!DOCTYPE html><html lang=\"" + (tr ? "tr" : "en") + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + (tr ? "Kartla ödeme" : "Card payment") + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<style>body{font:15px system-ui,sans-serif;max-width:520px;margin:32px auto;color:#1d2733}"
                + "label{display:block;margin:10px 0 4px}input{font:inherit;padding:6px;width:100%;box-sizing:border-box}"
                + "button{font:inherit;padding:8px 18px;margin-top:16px}.err{color:#b00020}.muted{color:#667}</style>"
                + "<script src=\"" + esc(c.stripeJs().toString()) + "\"></script></head><body>"
                + "<h1>" + (tr ? "Ödenecek tutar " : "Pay ") + "<span id=\"amount\">" + esc(amount) + "</span></h1>"
                + "<p class=\"muted\">"
                + (tr ? "Kart bilgileriniz doğrudan Stripe'a gider." : "Your card details go straight to Stripe.")
                + "</p>"
                + "<label for=\"card-holder\">" + (tr ? "Kart üzerindeki isim" : "Name on card") + "</label>"
                + "<input id=\"card-holder\" autocomplete=\"cc-name\">"
                + "<div id=\"card-element\"></div>"
                + "<p id=\"card-errors\" class=\"err\" role=\"alert\"></p>"
                + "<button id=\"pay\" type=\"button\">" + (tr ? "Öde" : "Pay") + "</button>"
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
