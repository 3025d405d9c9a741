package dev.vpos.simulator.garanti;

import static dev.vpos.simulator.garanti.GvpsResponseWriter.escape;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.garanti.GarantiThreeDSessions.Pending;
import java.math.BigDecimal;
import java.util.Map;

/** The gate's HTML: the ACS password page, the 3D Host card page, the auto-submitting callback, an error page. */
final class GarantiGatePages {

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"tr\"><head><meta charset=\"UTF-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>";
    private static final String STYLE = "<style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto}"
            + "dt{font-weight:bold}label,input,button{display:block;margin:.4rem 0}</style>";

    private GarantiGatePages() {}

    static String acs(String action, Pending p) {
        return HEAD + "Garanti BBVA 3D Secure</title>" + STYLE + "</head><body>"
                + "<h1>Garanti BBVA – 3D Secure</h1><p>Bankanızın şifre sayfası / Your bank's password page</p><dl>"
                + "<dt>Üye işyeri / Merchant</dt><dd>" + escape(p.merchant().name()) + "</dd>"
                + "<dt>Tutar / Amount</dt><dd>" + amount(p.form()) + "</dd>"
                + "<dt>Kart / Card</dt><dd>" + escape(CardNumbers.mask(p.pan())) + "</dd></dl>"
                + "<form method=\"post\" action=\"" + escape(action) + "\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + escape(p.token()) + "\">"
                + "<label for=\"otp\">Tek kullanımlık şifre / One-time password (test: " + GarantiGate.OTP + ")</label>"
                + "<input id=\"otp\" name=\"otp\" inputmode=\"numeric\" autocomplete=\"one-time-code\" autofocus>"
                + "<button type=\"submit\" name=\"action\" value=\"submit\">Onayla / Confirm</button>"
                + "<button type=\"submit\" name=\"action\" value=\"cancel\">İptal / Cancel</button>"
                + "</form></body></html>\n";
    }

    static String cardForm(String action, Pending p, String message) {
        return HEAD + "Garanti BBVA Ortak Ödeme Sayfası</title>" + STYLE + "</head><body>"
                + "<h1>Garanti BBVA – Ödeme / Payment</h1><dl>"
                + "<dt>Üye işyeri / Merchant</dt><dd>" + escape(company(p)) + "</dd>"
                + "<dt>Tutar / Amount</dt><dd>" + amount(p.form()) + "</dd></dl>"
                + (message.isEmpty() ? "" : "<p role=\"alert\">" + escape(message) + "</p>")
                + "<form method=\"post\" action=\"" + escape(action) + "\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + escape(p.token()) + "\">"
                + "<label for=\"cardnumber\">Kart numarası / Card number</label>"
                + "<input id=\"cardnumber\" name=\"cardnumber\" inputmode=\"numeric\" autocomplete=\"cc-number\">"
                + "<label for=\"cardexpiredatemonth\">Ay / Month (MM)</label>"
                + "<input id=\"cardexpiredatemonth\" name=\"cardexpiredatemonth\" autocomplete=\"cc-exp-month\">"
                + "<label for=\"cardexpiredateyear\">Yıl / Year (YY)</label>"
                + "<input id=\"cardexpiredateyear\" name=\"cardexpiredateyear\" autocomplete=\"cc-exp-year\">"
                + "<label for=\"cardcvv2\">CVV2</label>"
                + "<input id=\"cardcvv2\" name=\"cardcvv2\" inputmode=\"numeric\" autocomplete=\"cc-csc\">"
                + "<button type=\"submit\">Öde / Pay</button></form></body></html>\n";
    }

    static String autoSubmit(String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder(2048)
                .append(HEAD)
                .append("Garanti BBVA</title></head>")
                .append("<body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"")
                .append(escape(action))
                .append("\">");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">"));
        return html.append("<noscript><button type=\"submit\">Devam / Continue</button></noscript></form>")
                .append("</body></html>\n")
                .toString();
    }

    static String error(String message) {
        return HEAD + "Garanti BBVA – Hata</title></head><body><h1>İşlem yapılamadı / Cannot proceed</h1><p>"
                + escape(message) + "</p></body></html>\n";
    }

    private static String amount(Map<String, String> form) {
        String hundredths = form.getOrDefault("txnamount", "0");
        String value = hundredths.matches("\\d{1,15}")
                ? new BigDecimal(hundredths).movePointLeft(2).toPlainString()
                : "?";
        String currency = switch (form.getOrDefault("txncurrencycode", "")) {
            case "949" -> "TL";
            case "840" -> "USD";
            case "978" -> "EUR";
            case "826" -> "GBP";
            case "392" -> "JPY";
            default -> "";
        };
        return escape(value + " " + currency);
    }

    private static String company(Pending p) {
        String name = p.form().getOrDefault("companyname", "");
        return name.isBlank() ? p.merchant().name() : name;
    }
}
