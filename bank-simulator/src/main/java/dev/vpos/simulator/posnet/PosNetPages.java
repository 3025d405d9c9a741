package dev.vpos.simulator.posnet;

import java.util.Map;

/** The HTML of the 3-D gate: the ACS page, the auto-submitting form back to the merchant and the error page. */
final class PosNetPages {

    private PosNetPages() {}

    static String acs(String action, Map<String, String> hidden, String maskedCard, String amount, String merchant) {
        StringBuilder html = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\">")
                .append("<title>Yapı Kredi 3D Secure</title></head><body>\n<h1>3D Secure doğrulama</h1>\n")
                .append("<p>Üye işyeri: ")
                .append(esc(merchant))
                .append("<br>Tutar: ")
                .append(esc(amount))
                .append("<br>Kart: ")
                .append(esc(maskedCard))
                .append("</p>\n<form method=\"post\" action=\"")
                .append(esc(action))
                .append("\">\n");
        hiddenFields(hidden, html);
        return html.append("<label>Cep telefonunuza gönderilen şifre (simulator: 123456) ")
                .append("<input name=\"otp\" autocomplete=\"one-time-code\" autofocus></label>\n")
                .append("<button name=\"action\" value=\"authenticate\">Onayla</button>\n")
                .append("<button name=\"action\" value=\"cancel\">İptal</button>\n</form></body></html>\n")
                .toString();
    }

    static String autoSubmit(String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\">")
                .append("<title>Yönlendiriliyor</title></head><body onload=\"document.forms[0].submit()\">\n")
                .append("<form method=\"post\" action=\"")
                .append(esc(action))
                .append("\">\n");
        hiddenFields(fields, html);
        return html.append("<noscript><button>Devam</button></noscript>\n</form></body></html>\n")
                .toString();
    }

    static String error(String message) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>Hata</title></head><body><h1>İşlem yapılamadı</h1><p>"
                + esc(message) + "</p></body></html>\n";
    }

    private static void hiddenFields(Map<String, String> fields, StringBuilder html) {
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(esc(name))
                .append("\" value=\"")
                .append(esc(value))
                .append("\">\n"));
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
