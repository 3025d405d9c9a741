package dev.vpos.simulator.tosla;

import java.util.Map;

/** The HTML of Tosla's 3-D pages: the 3D Host card form, the ACS password page, the callback form, an error page. */
final class ToslaPages {

    private ToslaPages() {}

    /** The bank's card form of a 3D Host session (posts to {@code HostCard}, next to {@code threeDSecure/}). */
    static String cardForm(ToslaSession s) {
        return page(
                "Tosla Ödeme",
                "<h1>Tosla Ödeme Sayfası</h1>"
                        + "<p>İşyeri: <b>" + esc(s.merchant.name()) + "</b> &ndash; Tutar: <b>" + amount(s) + "</b></p>"
                        + "<form method=\"post\" action=\"../HostCard\">"
                        + hidden("ThreeDSessionId", s.id)
                        + "<p><label>Kart sahibi <input name=\"CardHolderName\" autocomplete=\"cc-name\"></label></p>"
                        + "<p><label>Kart numarası <input name=\"CardNumber\" autocomplete=\"cc-number\""
                        + " inputmode=\"numeric\"></label></p>"
                        + "<p><label>Son kullanma (AAYY) <input name=\"Expiry\" autocomplete=\"cc-exp\" size=\"4\">"
                        + "</label> <label>CVV <input name=\"Cvv\" autocomplete=\"cc-csc\" size=\"4\"></label></p>"
                        + "<button type=\"submit\">Öde</button></form>");
    }

    static String acs(ToslaSession s) {
        return page(
                "3-D Secure",
                "<h1>Tosla &ndash; 3-D Secure</h1>"
                        + "<p>İşyeri / Merchant: <b>" + esc(s.merchant.name()) + "</b></p>"
                        + "<p>Tutar / Amount: <b>" + amount(s) + "</b></p>"
                        + "<p>Kart / Card: <b>" + esc(s.maskedPan()) + "</b></p>"
                        + "<form method=\"post\" action=\"Acs\">"
                        + hidden("ThreeDSessionId", s.id)
                        + "<label>Tek kullanımlık şifre / One-time password: "
                        + "<input name=\"Otp\" autocomplete=\"one-time-code\" inputmode=\"numeric\" autofocus></label> "
                        + "<button type=\"submit\" name=\"Action\" value=\"Submit\">Onayla</button> "
                        + "<button type=\"submit\" name=\"Action\" value=\"Cancel\">İptal</button></form>"
                        + "<p><small>Simulator: OTP 123456 authenticates; anything else fails.</small></p>");
    }

    /** Posts {@code fields} to the merchant's callback URL from the payer's browser as soon as it loads. */
    static String callback(String url, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"")
                .append(esc(url))
                .append("\">");
        fields.forEach((name, value) -> form.append(hidden(name, value)));
        form.append("<noscript><button type=\"submit\">Devam / Continue</button></noscript></form>");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Yönlendiriliyor</title></head>"
                + "<body onload=\"document.forms[0].submit()\"><p>İşyerine yönlendiriliyorsunuz...</p>" + form
                + "</body></html>\n";
    }

    static String error(String message) {
        return page("Hata", "<h1>İşlem gerçekleştirilemedi</h1><p>" + esc(message) + "</p>");
    }

    private static String amount(ToslaSession s) {
        return esc(s.amount.toPlainString()) + " " + ("949".equals(s.currency) ? "TL" : esc(s.currency));
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
