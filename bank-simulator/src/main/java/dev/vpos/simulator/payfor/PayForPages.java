package dev.vpos.simulator.payfor;

import java.util.Map;

/** The HTML the 3-D gate shows: the ACS password page, the 3D Host card form, the callback form, an error page. */
final class PayForPages {

    private PayForPages() {}

    static String acs(PayForThreeDsSession s) {
        return page(
                "3-D Secure",
                "<h1>QNB Finansbank &ndash; 3-D Secure</h1>"
                        + "<p>İşyeri / Merchant: <b>" + esc(s.merchant().name()) + "</b></p>"
                        + "<p>Tutar / Amount: <b>" + esc(s.field("PurchAmount")) + " "
                        + esc(currencyName(s.field("Currency")))
                        + "</b></p>"
                        + "<p>Kart / Card: <b>" + esc(s.maskedPan()) + "</b></p>"
                        + "<form method=\"post\" action=\"Acs.aspx\">"
                        + hidden("RequestGuid", s.requestGuid())
                        + "<label>Cep telefonunuza gönderilen şifre / One-time password: "
                        + "<input name=\"Otp\" autocomplete=\"one-time-code\" inputmode=\"numeric\" autofocus></label> "
                        + "<button type=\"submit\" name=\"Action\" value=\"Submit\">Onayla</button> "
                        + "<button type=\"submit\" name=\"Action\" value=\"Cancel\">İptal</button></form>"
                        + "<p><small>Simulator: OTP 123456 authenticates; anything else fails.</small></p>");
    }

    static String cardForm(PayForThreeDsSession s, String error) {
        return page(
                "Ödeme",
                "<h1>QNB Finansbank Ödeme Sayfası</h1>"
                        + "<p>İşyeri: <b>" + esc(s.merchant().name()) + "</b> &ndash; Tutar: <b>"
                        + esc(s.field("PurchAmount"))
                        + " " + esc(currencyName(s.field("Currency"))) + "</b></p>"
                        + (error.isEmpty() ? "" : "<p style=\"color:#b00\">" + esc(error) + "</p>")
                        + "<form method=\"post\" action=\"3DHostPayment.aspx\">"
                        + hidden("RequestGuid", s.requestGuid())
                        + "<p><label>Kart sahibi <input name=\"CardHolderName\" autocomplete=\"cc-name\"></label></p>"
                        + "<p><label>Kart numarası <input name=\"Pan\" autocomplete=\"cc-number\" inputmode=\"numeric\"></label></p>"
                        + "<p><label>Son kullanma (AAYY) <input name=\"Expiry\" autocomplete=\"cc-exp\" size=\"4\"></label> "
                        + "<label>CVV2 <input name=\"Cvv2\" autocomplete=\"cc-csc\" size=\"4\"></label></p>"
                        + "<button type=\"submit\">Öde</button></form>");
    }

    /** Posts {@code fields} to the merchant's URL from the payer's browser as soon as it loads. */
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

    static String error(String code, String message) {
        return page("Hata", "<h1>İşlem gerçekleştirilemedi</h1><p>" + esc(code) + ": " + esc(message) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title></head><body>"
                + body + "</body></html>\n";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }

    private static String currencyName(String numeric) {
        return switch (numeric) {
            case "949" -> "TL";
            case "840" -> "USD";
            case "978" -> "EUR";
            case "826" -> "GBP";
            default -> numeric;
        };
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
