package dev.vpos.simulator.est;

import java.util.Map;

/**
 * The HTML of the gate's steps: plain pages with every value escaped. Forms post to the gate's own paths under
 * {@code base} (the servlet context path + {@code /est/fim}).
 */
final class EstGatePages {

    static final String CARD_PATH = "/est3Dgate/card";
    static final String ACS_PATH = "/acs";

    private EstGatePages() {}

    static String html(EstGate.Step step, String base) {
        if (step instanceof EstGate.ErrorPage e) {
            return page(
                    "Hata / Error", "<h1>Islem yapilamadi / Cannot proceed</h1><p>" + escape(e.message()) + "</p>", "");
        }
        if (step instanceof EstGate.CardForm c) {
            return page(
                    "Kart bilgileri / Card details",
                    "<h1>" + escape(c.merchantName())
                            + "</h1><p>Tutar / Amount: " + escape(c.amount()) + " (" + escape(c.currency()) + ")</p>"
                            + "<form method=\"post\" action=\"" + escape(base + CARD_PATH) + "\">"
                            + hidden("token", c.token())
                            + "<p><label>Kart no / Card number <input name=\"pan\" autocomplete=\"cc-number\"></label></p>"
                            + "<p><label>Ay / Month (MM) <input name=\"Ecom_Payment_Card_ExpDate_Month\" size=\"2\"></label>"
                            + " <label>Yil / Year (YY) <input name=\"Ecom_Payment_Card_ExpDate_Year\" size=\"2\"></label></p>"
                            + "<p><label>CVV <input name=\"cv2\" size=\"4\" autocomplete=\"cc-csc\"></label></p>"
                            + "<p><button type=\"submit\">Ode / Pay</button></p></form>",
                    "");
        }
        if (step instanceof EstGate.AcsPage a) {
            return page(
                    "3-D Secure",
                    "<h1>Bankanizin sifre sayfasi / Your bank's password page</h1>"
                            + "<p>Isyeri / Merchant: " + escape(a.merchantName()) + "</p><p>Kart / Card: "
                            + escape(a.maskedPan())
                            + "</p><p>Tutar / Amount: " + escape(a.amount()) + " (" + escape(a.currency()) + ")</p>"
                            + "<form method=\"post\" action=\"" + escape(base + ACS_PATH) + "\">"
                            + hidden("token", a.token())
                            + "<p><label>Tek kullanimlik sifre / One-time password <input name=\"otp\" id=\"otp\""
                            + " autocomplete=\"one-time-code\"></label></p><p><button type=\"submit\" name=\"submit\">"
                            + "Onayla / Submit</button> <button type=\"submit\" name=\"cancel\" value=\"1\">Iptal / Cancel"
                            + "</button></p><p><small>Simulator: OTP 123456 authenticates.</small></p></form>",
                    "");
        }
        EstGate.Callback c = (EstGate.Callback) step;
        return page(
                "Yonlendiriliyor / Redirecting",
                "<form id=\"callback\" method=\"post\""
                        + " action=\"" + escape(c.url()) + "\">" + hiddens(c.fields())
                        + "<noscript><button type=\"submit\">Devam / Continue</button></noscript></form>",
                "<script>document.getElementById('callback').submit();</script>");
    }

    private static String page(String title, String body, String script) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>" + escape(title)
                + "</title></head>\n<body>" + body + script + "</body></html>\n";
    }

    private static String hiddens(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((name, value) -> b.append(hidden(name, value)));
        return b.toString();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
