package dev.vpos.simulator.interpos;

import java.util.Map;

/** The HTML of InterPOS's 3-D pages: the 3D Host card form, the ACS page, the callback form, an error page. */
final class InterPosPages {

    private InterPosPages() {}

    static String cardForm(InterPosSession s) {
        return page(
                "InterVPOS Ödeme",
                "<h1>Denizbank InterVPOS Ortak Ödeme Sayfası</h1>"
                        + "<p>İşyeri: <b>" + esc(s.merchant.name()) + "</b> &ndash; Tutar: <b>" + amount(s) + "</b></p>"
                        + "<form method=\"post\" action=\"card\">"
                        + hidden("SessionId", s.id)
                        + "<p><label>Kart sahibi <input name=\"CardHolderName\" autocomplete=\"cc-name\"></label></p>"
                        + "<p><label>Kart numarası <input name=\"Pan\" autocomplete=\"cc-number\""
                        + " inputmode=\"numeric\"></label></p>"
                        + "<p><label>Son kullanma (AAYY) <input name=\"Expiry\" size=\"4\"></label> "
                        + "<label>CVV <input name=\"Cvv2\" size=\"4\"></label></p>"
                        + "<button type=\"submit\">Öde</button></form>");
    }

    static String acs(InterPosSession s) {
        return page(
                "3-D Secure",
                "<h1>Denizbank &ndash; 3-D Secure</h1>"
                        + "<p>İşyeri / Merchant: <b>" + esc(s.merchant.name()) + "</b></p>"
                        + "<p>Tutar / Amount: <b>" + amount(s) + "</b></p>"
                        + "<p>Kart / Card: <b>" + esc(s.maskedPan()) + "</b></p>"
                        + "<form method=\"post\" action=\"acs\">"
                        + hidden("SessionId", s.id)
                        + "<label>Tek kullanımlık şifre / One-time password: "
                        + "<input name=\"Otp\" autocomplete=\"one-time-code\" inputmode=\"numeric\" autofocus></label> "
                        + "<button type=\"submit\" name=\"Action\" value=\"Submit\">Onayla</button> "
                        + "<button type=\"submit\" name=\"Action\" value=\"Cancel\">İptal</button></form>"
                        + "<p><small>Simulator: OTP 123456 authenticates; anything else fails.</small></p>");
    }

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

    private static String amount(InterPosSession s) {
        return esc(s.form.get("PurchAmount")) + " "
                + ("949".equals(s.form.get("Currency")) ? "TL" : esc(s.form.get("Currency")));
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
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
