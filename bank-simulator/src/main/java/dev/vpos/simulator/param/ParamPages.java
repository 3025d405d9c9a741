package dev.vpos.simulator.param;

import dev.vpos.simulator.card.CardNumbers;
import java.util.Map;

/**
 * The simulated bank's pages: the 3D page {@code TP_WMD_UCD} returns in {@code UCD_HTML} (it sends the payer to the
 * ACS), the ACS password page, and the auto-posting form back to the merchant. Scripts are inline and plain (the
 * merchant's page allows them by hash), with a button for browsers without script.
 */
final class ParamPages {

    private ParamPages() {}

    static String toAcs(String acsUrl, String session) {
        return autoPost(acsUrl, Map.of("session", session));
    }

    static String acs(String verifyUrl, ParamSessions.Session s, String merchantName) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>3-D Secure</title></head><body>"
                + "<h1>3-D Secure</h1><p>" + ParamSoap.escape(merchantName) + "</p><p>"
                + ParamSoap.escape(CardNumbers.mask(s.pan())) + " &middot; "
                + ParamSoap.escape(s.amount().setScale(2).toPlainString()) + " "
                + ParamSoap.escape("TRY".equals(s.currency()) ? "TL" : s.currency()) + "</p>"
                + "<form method=\"post\" action=\"" + ParamSoap.escape(verifyUrl) + "\">"
                + "<input type=\"hidden\" name=\"session\" value=\"" + ParamSoap.escape(s.islemGuid()) + "\">"
                + "<label>SMS şifresi <input type=\"password\" name=\"otp\" value=\"\"></label>"
                + "<button type=\"submit\">Onayla</button></form></body></html>";
    }

    /** Param's shared payment page (the simulator's own): the amount, read-only, and the card fields. */
    static String cardPage(String action, String token, ParamHostedPayments.Pending p, String merchantName) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Param Ödeme</title></head><body>"
                + "<h1>" + ParamSoap.escape(merchantName) + "</h1><p>"
                + ParamSoap.escape(p.amount().setScale(2).toPlainString()) + " "
                + ParamSoap.escape("TRY".equals(p.currency()) ? "TL" : p.currency()) + "</p>"
                + "<form method=\"post\" action=\"" + ParamSoap.escape(action) + "\">"
                + "<input type=\"hidden\" name=\"s\" value=\"" + ParamSoap.escape(token) + "\">"
                + "<label>Kart sahibi <input name=\"holder\" value=\"\"></label>"
                + "<label>Kart numarası <input name=\"cardNumber\" value=\"\" autocomplete=\"cc-number\"></label>"
                + "<label>Ay <input name=\"expiryMonth\" value=\"\"></label>"
                + "<label>Yıl <input name=\"expiryYear\" value=\"\"></label>"
                + "<label>CVV <input name=\"cvv\" value=\"\"></label>"
                + "<button type=\"submit\">Öde</button></form></body></html>";
    }

    static String autoPost(String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>3-D Secure</title></head><body>")
                .append("<form id=\"param3d\" method=\"post\" action=\"")
                .append(ParamSoap.escape(action))
                .append("\">");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(ParamSoap.escape(name))
                .append("\" value=\"")
                .append(ParamSoap.escape(value))
                .append("\">"));
        return html.append("<noscript><button type=\"submit\">Devam</button></noscript></form>")
                .append("<script>document.getElementById('param3d').submit();</script></body></html>")
                .toString();
    }

    static String error(String text) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Hata</title></head><body><h1>"
                + ParamSoap.escape(text) + "</h1></body></html>";
    }
}
