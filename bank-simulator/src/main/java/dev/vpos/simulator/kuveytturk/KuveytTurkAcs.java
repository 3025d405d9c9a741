package dev.vpos.simulator.kuveytturk;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.HtmlErrorPage;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated ACS ("the bank's password page"): shows the masked card, amount and merchant with an OTP field.
 * OTP {@value KuveytTurkBank#OTP} authenticates and posts ResponseCode 00 with the MD to the merchant's OkUrl; any
 * other OTP or Cancel posts {@code CardAuthenticationFailed} to the FailUrl. Both callbacks carry the bank's
 * response hash, as an auto-submitting form with the URL-encoded {@code AuthenticationResponse}.
 */
final class KuveytTurkAcs {

    private final Map<String, KuveytTurkSession> sessions;
    private final Clock clock;

    KuveytTurkAcs(Map<String, KuveytTurkSession> sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    KuveytTurkReply page(Map<String, String> form, URI familyBase) {
        String md = form.getOrDefault("MD", "");
        KuveytTurkSession s = sessions.get(md);
        if (s == null || s.state() != KuveytTurkSession.State.PENDING) {
            return KuveytTurkReply.html(
                    400, HtmlErrorPage.html(400, "Bad Request", "No 3-D Secure authentication is waiting."));
        }
        String amount = BigDecimal.valueOf(s.amountKurus, 2).toPlainString().replace('.', ',') + " "
                + ("0949".equals(s.currency) ? "TL" : s.currency);
        String html =
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>KuveytTürk 3D Secure</title></head><body>"
                        + "<h1>KuveytTürk 3D Secure doğrulama</h1><table>"
                        + "<tr><th>Üye işyeri</th><td id=\"merchant\">"
                        + KuveytTurkWriter.escape(s.merchant.merchantId()) + "</td></tr>"
                        + "<tr><th>Sipariş</th><td id=\"order\">" + KuveytTurkWriter.escape(s.merchantOrderId)
                        + "</td></tr>"
                        + "<tr><th>Kart</th><td id=\"card\">" + CardNumbers.mask(s.pan) + "</td></tr>"
                        + "<tr><th>Tutar</th><td id=\"amount\">" + KuveytTurkWriter.escape(amount)
                        + "</td></tr></table>"
                        + "<form name=\"acsForm\" action=\""
                        + KuveytTurkWriter.escape(familyBase + KuveytTurkBank.ACS_VERIFY)
                        + "\" method=\"POST\"><input type=\"hidden\" name=\"MD\" value=\"" + KuveytTurkWriter.escape(md)
                        + "\">"
                        + "<label>Şifre (SMS) <input type=\"password\" name=\"otp\" autocomplete=\"one-time-code\"></label>"
                        + "<button type=\"submit\" name=\"action\" value=\"submit\">Onayla</button>"
                        + "<button type=\"submit\" name=\"action\" value=\"cancel\">İptal</button></form>"
                        + "<p>Test: 123456</p></body></html>";
        return KuveytTurkReply.html(200, html);
    }

    KuveytTurkReply verify(Map<String, String> form) {
        KuveytTurkSession s = sessions.get(form.getOrDefault("MD", ""));
        if (s == null) {
            return KuveytTurkReply.html(
                    400, HtmlErrorPage.html(400, "Bad Request", "No 3-D Secure authentication is waiting."));
        }
        boolean authenticated =
                "submit".equals(form.getOrDefault("action", "submit")) && KuveytTurkBank.OTP.equals(form.get("otp"));
        KuveytTurkSession.State to =
                authenticated ? KuveytTurkSession.State.AUTHENTICATED : KuveytTurkSession.State.FAILED;
        if (!s.move(KuveytTurkSession.State.PENDING, to)) {
            return KuveytTurkReply.html(
                    400, HtmlErrorPage.html(400, "Bad Request", "This authentication is already complete."));
        }
        String md = form.get("MD");
        String code = authenticated ? KuveytTurkCodes.APPROVED : KuveytTurkCodes.AUTH_FAILED;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("OrderId", "0");
        message.put("OkUrl", s.okUrl);
        message.put("FailUrl", s.failUrl);
        message.put("MerchantId", s.merchant.merchantId());
        message.put("SubMerchantId", "0");
        message.put("CustomerId", s.merchant.customerId());
        message.put("UserName", "");
        message.put("HashPassword", "");
        message.put("CardNumber", CardNumbers.mask(s.pan));
        message.put("BatchID", "0");
        message.put("InstallmentCount", s.installments);
        message.put("Amount", Long.toString(s.amountKurus));
        message.put("MerchantOrderId", s.merchantOrderId);
        message.put("FECAmount", "0");
        message.put("CurrencyCode", s.currency.replaceFirst("^0", ""));
        message.put("TransactionSecurity", "3");
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("VPosMessage", message);
        f.put("IsEnrolled", "true");
        f.put("IsVirtual", "false");
        f.put("ResponseCode", code);
        f.put("ResponseMessage", authenticated ? "Kart doğrulandı." : KuveytTurkCodes.message(code));
        f.put("OrderId", "0");
        f.put(
                "TransactionTime",
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        f.put("MerchantOrderId", s.merchantOrderId);
        f.put("HashData", KuveytTurkHashes.response(s.merchantOrderId, "", code, "0", s.merchant.hashedPassword()));
        if (authenticated) {
            f.put("MD", md);
        }
        f.put("BusinessKey", "0");
        return KuveytTurkReply.html(
                200, callbackPage(authenticated ? s.okUrl : s.failUrl, KuveytTurkWriter.contract(f)));
    }

    /** A refusal at enrollment, posted straight back to the FailUrl (hashed when the merchant is known). */
    static String refusal(String code, String merchantOrderId, String hashedPassword, Clock clock) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("IsEnrolled", KuveytTurkCodes.NOT_ENROLLED.equals(code) ? "false" : "true");
        f.put("IsVirtual", "false");
        f.put("ResponseCode", code);
        f.put("ResponseMessage", KuveytTurkCodes.message(code));
        f.put("OrderId", "0");
        f.put("TransactionTime", "0001-01-01T00:00:00");
        f.put("MerchantOrderId", merchantOrderId);
        if (hashedPassword != null) {
            f.put("HashData", KuveytTurkHashes.response(merchantOrderId, "", code, "0", hashedPassword));
        }
        f.put("BusinessKey", "0");
        return KuveytTurkWriter.contract(f);
    }

    static String callbackPage(String url, String contractXml) {
        return KuveytTurkWriter.autoPost(
                "KuveytTürk", url, Map.of("AuthenticationResponse", KuveytTurkWriter.urlEncoded(contractXml)));
    }
}
