package dev.vpos.simulator.payflexcp;

import static dev.vpos.simulator.payflexcp.PayFlexCpMarkup.escape;
import static dev.vpos.simulator.payflexcp.PayFlexCpMarkup.hidden;
import static dev.vpos.simulator.payflexcp.PayFlexCpMarkup.page;

import dev.vpos.simulator.card.CardNumbers;

/** The HTML of the simulated Common Payment pages: the 3D Host card page and the ACS password page. */
final class PayFlexCpPages {

    private PayFlexCpPages() {}

    static String cardPage(PayFlexCpPayment p) {
        return page(
                "VakıfBank Ortak Ödeme",
                "<h1>VakıfBank Ortak Ödeme Sayfası</h1>"
                        + "<p>İşyeri: <b>" + escape(p.merchant.name()) + "</b> &ndash; Tutar: <b>" + amount(p)
                        + "</b></p>"
                        + "<form method=\"post\" action=\"" + escape(p.pageUrl + "/Card") + "\">"
                        + hidden("Ptkn", p.token)
                        + "<p><label>Kart sahibi <input name=\"CardHoldersName\" autocomplete=\"cc-name\"></label></p>"
                        + "<p><label>Kart numarası <input name=\"Pan\" autocomplete=\"cc-number\" inputmode=\"numeric\">"
                        + "</label></p>"
                        + "<p><label>Ay <input name=\"ExpireMonth\" size=\"2\"></label> "
                        + "<label>Yıl <input name=\"ExpireYear\" size=\"4\"></label> "
                        + "<label>CVV <input name=\"Cvv\" autocomplete=\"cc-csc\" size=\"4\"></label></p>"
                        + "<button type=\"submit\">Öde</button></form>");
    }

    static String acs(PayFlexCpPayment p) {
        return page(
                "3-D Secure",
                "<h1>VakıfBank &ndash; 3-D Secure</h1>"
                        + "<p>İşyeri / Merchant: <b>" + escape(p.merchant.name()) + "</b></p>"
                        + "<p>Tutar / Amount: <b>" + amount(p) + "</b></p>"
                        + "<p>Kart / Card: <b>" + escape(CardNumbers.mask(p.pan)) + "</b></p>"
                        + "<form method=\"post\" action=\"" + escape(p.pageUrl + "/Acs") + "\">"
                        + hidden("Ptkn", p.token)
                        + "<label>Tek kullanımlık şifre / One-time password: "
                        + "<input name=\"Otp\" autocomplete=\"one-time-code\" inputmode=\"numeric\" autofocus></label> "
                        + "<button type=\"submit\">Onayla</button></form>"
                        + "<p><small>Simulator: OTP " + PayFlexCpOutcomes.OTP
                        + " authenticates; anything else fails.</small></p>");
    }

    static String error(String message) {
        return page("Hata", "<h1>İşlem gerçekleştirilemedi</h1><p>" + escape(message) + "</p>");
    }

    private static String amount(PayFlexCpPayment p) {
        return escape(p.commaAmount()) + " " + ("949".equals(p.amountCode) ? "TL" : escape(p.amountCode));
    }
}
