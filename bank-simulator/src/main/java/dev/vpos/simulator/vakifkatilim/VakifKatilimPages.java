package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.vakifkatilim.VakifKatilimMerchants.Merchant;
import dev.vpos.simulator.vakifkatilim.VakifKatilimOutcomes.Verdict;
import dev.vpos.simulator.vakifkatilim.VakifKatilimSession.State;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages the payer's browser sees. The common payment page (3D Host) takes the merchant's form — UserName,
 * HashPassword, MerchantId, MerchantOrderId, Amount, FECCurrencyCode, OkUrl, FailUrl, PaymentType 1, no hash (mews/pos
 * {@code create3DFormData}) — shows the card form, then the ACS. The ACS: OTP {@value VakifKatilimBank#OTP}
 * authenticates; anything else or İptal fails with {@code MPIAuthenticationStatusN}. The bank answers the merchant by
 * an auto-posting form with ResponseCode, ResponseMessage, ProvisionNumber, MerchantOrderId, OrderId, RRN, Stan, MD
 * and HashData: for the 3D model after the authentication only (the merchant then sends the provision), for 3D Host
 * after the bank itself booked the sale.
 */
final class VakifKatilimPages {

    private final VakifKatilimMerchants merchants;
    private final Map<String, VakifKatilimSession> sessions;
    private final VakifKatilimIdentifiers ids;
    private final VakifKatilimOutcomes outcomes;
    private final VakifKatilimBooks books;

    VakifKatilimPages(
            VakifKatilimMerchants merchants,
            Map<String, VakifKatilimSession> sessions,
            VakifKatilimIdentifiers ids,
            VakifKatilimOutcomes outcomes,
            VakifKatilimBooks books) {
        this.merchants = merchants;
        this.sessions = sessions;
        this.ids = ids;
        this.outcomes = outcomes;
        this.books = books;
    }

    VakifKatilimReply hostPage(Map<String, String> f, URI familyBase) {
        Optional<Merchant> merchant =
                merchants.identify(f.getOrDefault("MerchantId", ""), f.getOrDefault("UserName", ""));
        String okUrl = f.getOrDefault("OkUrl", "");
        String failUrl = f.getOrDefault("FailUrl", "");
        if (merchant.isEmpty() || !okUrl.matches("https?://\\S{1,500}") || !failUrl.matches("https?://\\S{1,500}")) {
            return badRequest("Üye işyeri veya dönüş adresleri tanımsız.");
        }
        Merchant m = merchant.get();
        String orderId = f.getOrDefault("MerchantOrderId", "");
        String amount = f.getOrDefault("Amount", "");
        String refusal = null;
        if (!VakifKatilimHashes.matches(m.hashedPassword(), f.get("HashPassword"))) {
            refusal = VakifKatilimCodes.HASH_ERROR;
        } else if (orderId.isEmpty() || orderId.length() > 50 || !"1".equals(f.get("PaymentType"))) {
            refusal = VakifKatilimCodes.INVALID_REQUEST;
        } else if (!amount.matches("[1-9]\\d{0,11}")) {
            refusal = VakifKatilimCodes.INVALID_AMOUNT;
        } else if (!VakifKatilimBank.CURRENCIES.contains(f.getOrDefault("FECCurrencyCode", ""))) {
            refusal = VakifKatilimCodes.CURRENCY;
        } else if (books.ledger().hasApproved(VakifKatilimBooks.FAMILY, m.merchantId(), orderId)) {
            refusal = VakifKatilimCodes.DUPLICATE;
        }
        if (refusal != null) {
            return VakifKatilimReply.html(200, callbackPage(failUrl, refusal, orderId, m, null));
        }
        VakifKatilimSession s = new VakifKatilimSession(
                m, orderId, Long.parseLong(amount), f.get("FECCurrencyCode"), "0", okUrl, failUrl, true);
        String token = ids.md();
        sessions.put(token, s);
        String shown = BigDecimal.valueOf(s.kurus, 2).toPlainString();
        return VakifKatilimReply.html(
                200,
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Vakıf Katılım Ortak Ödeme Sayfası</title>"
                        + "</head><body><h1>Vakıf Katılım Ortak Ödeme Sayfası</h1><p id=\"amount\">"
                        + VakifKatilimWriter.escape(shown) + "</p><form action=\""
                        + VakifKatilimWriter.escape(familyBase + VakifKatilimBank.HOST_CARD)
                        + "\" method=\"POST\"><input type=\"hidden\" name=\"token\" value=\""
                        + VakifKatilimWriter.escape(token) + "\">"
                        + "<label>Kart sahibi <input name=\"CardHolderName\" value=\"\"></label>"
                        + "<label>Kart numarası <input name=\"CardNumber\" value=\"\"></label>"
                        + "<label>Ay <input name=\"CardExpireDateMonth\" value=\"\"></label>"
                        + "<label>Yıl <input name=\"CardExpireDateYear\" value=\"\"></label>"
                        + "<label>CVV <input name=\"CardCVV2\" value=\"\"></label>"
                        + "<button type=\"submit\">Öde</button></form></body></html>");
    }

    VakifKatilimReply hostCard(Map<String, String> f, URI familyBase) {
        VakifKatilimSession s = sessions.remove(f.getOrDefault("token", ""));
        if (s == null || !s.hostPage || !s.move(State.CARD_PAGE, State.PENDING)) {
            return badRequest("Ödeme oturumu bulunamadı.");
        }
        String pan = f.getOrDefault("CardNumber", "").replace(" ", "");
        String yy = f.getOrDefault("CardExpireDateYear", "");
        String mm = f.getOrDefault("CardExpireDateMonth", "");
        if (!CardNumbers.wellFormed(pan)
                || !yy.matches("\\d{2}")
                || !mm.matches("0[1-9]|1[0-2]")
                || !f.getOrDefault("CardCVV2", "").matches("\\d{3,4}")) {
            return VakifKatilimReply.html(
                    200, callbackPage(s.failUrl, VakifKatilimCodes.INVALID_CARD, s.merchantOrderId, s.merchant, null));
        }
        if (VakifKatilimOutcomes.NOT_ENROLLED_CARD.equals(pan)) {
            return VakifKatilimReply.html(
                    200, callbackPage(s.failUrl, VakifKatilimCodes.NOT_ENROLLED, s.merchantOrderId, s.merchant, null));
        }
        s.card(pan, yy, mm);
        String md = ids.md();
        sessions.put(md, s);
        return acsPage(md, s, familyBase);
    }

    VakifKatilimReply acs(Map<String, String> f, URI familyBase) {
        String md = f.getOrDefault("MD", "");
        VakifKatilimSession s = sessions.get(md);
        if (s == null || s.state() != State.PENDING) {
            return badRequest("No 3-D Secure authentication is waiting.");
        }
        return acsPage(md, s, familyBase);
    }

    private static VakifKatilimReply acsPage(String md, VakifKatilimSession s, URI familyBase) {
        String amount = BigDecimal.valueOf(s.kurus, 2).toPlainString().replace('.', ',') + " "
                + ("0949".equals(s.currency) ? "TL" : s.currency);
        return VakifKatilimReply.html(
                200,
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Vakıf Katılım 3D Secure</title></head><body>"
                        + "<h1>Vakıf Katılım 3D Secure doğrulama</h1><table>"
                        + "<tr><th>Üye işyeri</th><td id=\"merchant\">"
                        + VakifKatilimWriter.escape(s.merchant.merchantId()) + "</td></tr>"
                        + "<tr><th>Sipariş</th><td id=\"order\">" + VakifKatilimWriter.escape(s.merchantOrderId)
                        + "</td></tr><tr><th>Kart</th><td id=\"card\">" + CardNumbers.mask(s.pan())
                        + "</td></tr><tr><th>Tutar</th><td id=\"amount\">" + VakifKatilimWriter.escape(amount)
                        + "</td></tr></table><form name=\"acsForm\" action=\""
                        + VakifKatilimWriter.escape(familyBase + VakifKatilimBank.ACS_VERIFY)
                        + "\" method=\"POST\"><input type=\"hidden\" name=\"MD\" value=\""
                        + VakifKatilimWriter.escape(md) + "\">"
                        + "<label>Şifre (SMS) <input type=\"password\" name=\"otp\" autocomplete=\"one-time-code\">"
                        + "</label><button type=\"submit\" name=\"action\" value=\"submit\">Onayla</button>"
                        + "<button type=\"submit\" name=\"action\" value=\"cancel\">İptal</button></form>"
                        + "<p>Test: 123456</p></body></html>");
    }

    VakifKatilimReply verify(Map<String, String> f) {
        String md = f.getOrDefault("MD", "");
        VakifKatilimSession s = sessions.get(md);
        if (s == null) {
            return badRequest("No 3-D Secure authentication is waiting.");
        }
        boolean authenticated =
                "submit".equals(f.getOrDefault("action", "submit")) && VakifKatilimBank.OTP.equals(f.get("otp"));
        if (!s.move(State.PENDING, authenticated ? State.AUTHENTICATED : State.FAILED)) {
            return badRequest("This authentication is already complete.");
        }
        if (!authenticated) {
            sessions.remove(md);
            return VakifKatilimReply.html(
                    200, callbackPage(s.failUrl, VakifKatilimCodes.AUTH_FAILED, s.merchantOrderId, s.merchant, md));
        }
        if (!s.hostPage) {
            return VakifKatilimReply.html(
                    200, callbackPage(s.okUrl, VakifKatilimCodes.APPROVED, s.merchantOrderId, s.merchant, md));
        }
        sessions.remove(md);
        s.move(State.AUTHENTICATED, State.PROVISIONED);
        Verdict v = outcomes.outcome(s.pan(), s.expiryYear(), s.expiryMonth(), s.kurus, false);
        Optional<VakifKatilimBooks.Booked> booked = books.authorization(
                s.merchant, s.merchantOrderId, s.kurus, s.currency, s.installments, s.pan(), v.code(), LedgerType.SALE);
        if (booked.isEmpty()) {
            return VakifKatilimReply.html(
                    200, callbackPage(s.failUrl, VakifKatilimCodes.DUPLICATE, s.merchantOrderId, s.merchant, md));
        }
        LedgerEntry e = booked.get().entry();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("ResponseCode", e.resultCode());
        c.put("ResponseMessage", v.message());
        c.put("ProvisionNumber", e.authCode());
        c.put("MerchantOrderId", e.orderId());
        c.put("OrderId", booked.get().bankOrderId());
        c.put("RRN", e.hostRefNum());
        c.put("Stan", e.transId());
        c.put(
                "HashData",
                VakifKatilimHashes.answer(
                        e.orderId(),
                        e.hostRefNum(),
                        e.resultCode(),
                        booked.get().bankOrderId(),
                        s.merchant.hashedPassword()));
        c.put("MD", md);
        return VakifKatilimReply.html(
                200, VakifKatilimWriter.autoPost("Vakıf Katılım", v.approved() ? s.okUrl : s.failUrl, c));
    }

    /**
     * The auto-posting answer of an authentication or a refusal: no provision, RRN and Stan yet, OrderId 0; the
     * HashData over MerchantOrderId + ResponseCode + OrderId with the hashed password; the MD when there is one.
     */
    static String callbackPage(String url, String code, String merchantOrderId, Merchant m, String md) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("ResponseCode", code);
        c.put(
                "ResponseMessage",
                VakifKatilimCodes.APPROVED.equals(code) ? "Kart doğrulandı." : VakifKatilimCodes.message(code));
        c.put("ProvisionNumber", "");
        c.put("MerchantOrderId", merchantOrderId);
        c.put("OrderId", "0");
        c.put("RRN", "");
        c.put("Stan", "");
        c.put("HashData", VakifKatilimHashes.answer(merchantOrderId, "", code, "0", m.hashedPassword()));
        if (md != null) {
            c.put("MD", md);
        }
        return VakifKatilimWriter.autoPost("Vakıf Katılım", url, c);
    }

    private static VakifKatilimReply badRequest(String why) {
        return VakifKatilimReply.html(400, HtmlErrorPage.html(400, "Bad Request", why));
    }
}
