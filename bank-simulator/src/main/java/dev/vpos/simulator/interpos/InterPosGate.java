package dev.vpos.simulator.interpos;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.interpos.InterPosMerchants.Merchant;
import dev.vpos.simulator.interpos.InterPosSession.Stage;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * InterPOS's 3-D pages without HTTP. {@link #open} takes the merchant's signed form ({@code Default.aspx}: 3DModel and
 * 3DPay with the card; {@code 3DHost.aspx}: the bank's card form first, {@link #enterCard}), checks the shop, the
 * {@code Hash} with its store key and every field, and shows the ACS page. {@link #authenticate} (OTP {@value #OTP})
 * posts the callback signed over {@code HASHPARAMS}: 3DModel — the authentication ({@code MD}, {@code Eci},
 * {@code PayerAuthenticationCode}, {@code PayerTxnId}) for the merchant's provision; 3DPay / 3DHost — the payment,
 * booked here. A failed authentication is {@code mdStatus 0} to the {@code FailUrl}, nothing booked.
 */
public final class InterPosGate {

    static final String OTP = "123456";
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    /** What the browser gets: a page; for a callback also its target and fields. */
    public record Page(
            Kind kind, String html, String sessionId, String callbackUrl, Map<String, String> callbackFields) {

        public enum Kind {
            CARD_FORM,
            ACS,
            CALLBACK,
            ERROR
        }

        static Page of(Kind kind, String html, String sessionId) {
            return new Page(kind, html, sessionId, null, Map.of());
        }
    }

    private final InterPosMerchants merchants;
    private final InterPosBooks books;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, InterPosSession> sessions = new ConcurrentHashMap<>();

    InterPosGate(InterPosMerchants merchants, InterPosBooks books, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.books = books;
        this.clock = clock;
        this.random = random;
    }

    /** The signed form posted to {@code Default.aspx} ({@code hosting}: to {@code 3DHost.aspx}). */
    public Page open(Map<String, String> form, boolean hosting) {
        Optional<Merchant> m = merchants.shop(form.get("ShopCode"));
        if (m.isEmpty()) {
            return error("Isyeri bulunamadi (ShopCode)");
        }
        if (!InterPosHash.matches(InterPosHash.ofForm(form, m.get().storeKey()), form.get("Hash"))) {
            return error("Hash uyusmuyor");
        }
        List<String> types = hosting ? List.of("3DHost") : List.of("3DModel", "3DPay");
        String invalid = !types.contains(form.getOrDefault("SecureType", ""))
                ? "SecureType gecersiz"
                : !List.of("Auth", "PreAuth").contains(form.getOrDefault("TxnType", ""))
                        ? "TxnType gecersiz"
                        : !form.getOrDefault("Rnd", "").matches("\\S{1,64}")
                                ? "Rnd gecersiz"
                                : !url(form.get("OkUrl")) || !url(form.get("FailUrl"))
                                        ? "OkUrl / FailUrl gecersiz"
                                        : form.containsKey("Lang")
                                                        && !form.get("Lang").matches("(?i)tr|en")
                                                ? "Lang gecersiz"
                                                : InterPosBank.payment(form).orElse(null);
        if (invalid != null) {
            return error(invalid);
        }
        if (books.hasApproved(m.get().shopCode(), form.get("OrderId"))) {
            return error("Siparis numarasi daha once kullanilmis");
        }
        byte[] id = new byte[20];
        random.nextBytes(id);
        InterPosSession s = new InterPosSession(HexFormat.of().formatHex(id), m.get(), form, clock.instant());
        sessions.values().removeIf(old -> old.created.plus(LIFETIME).isBefore(s.created));
        sessions.put(s.id, s);
        if (hosting) {
            return Page.of(Page.Kind.CARD_FORM, InterPosPages.cardForm(s), s.id);
        }
        return card(s, form.get("Pan"), form.get("Expiry"), form.get("Cvv2"));
    }

    /** The card typed on the bank's 3D Host page. */
    public Page enterCard(Map<String, String> form) {
        InterPosSession s = sessions.get(form.getOrDefault("SessionId", ""));
        if (s == null || s.stage() != Stage.CARD_NEEDED) {
            return error("Oturum bulunamadi");
        }
        return card(s, form.get("Pan"), form.get("Expiry"), form.get("Cvv2"));
    }

    private Page card(InterPosSession s, String pan, String expiry, String cvv) {
        if (!CardNumbers.wellFormed(pan)
                || expiry == null
                || !expiry.matches("(0[1-9]|1[0-2])\\d{2}")
                || cvv == null
                || !cvv.matches("\\d{3,4}")) {
            return error("Kart bilgileri gecersiz (Pan, Expiry AAYY, Cvv2)");
        }
        if (!s.cardEntered(CardNumbers.mask(pan), books.hostCode(pan, expiry, s.amount))) {
            return error("Oturum bulunamadi");
        }
        return Page.of(Page.Kind.ACS, InterPosPages.acs(s), s.id);
    }

    /** The ACS password page's answer. */
    public Page authenticate(Map<String, String> form) {
        InterPosSession s = sessions.get(form.getOrDefault("SessionId", ""));
        if (s == null || s.stage() != Stage.CARD_ENTERED) {
            return error("Oturum bulunamadi");
        }
        boolean ok = OTP.equals(form.get("Otp")) && !"Cancel".equals(form.get("Action"));
        Map<String, String> f = base(s);
        if (!ok) {
            s.move(Stage.CARD_ENTERED, Stage.ENDED);
            f.put("TxnStat", "N");
            f.put("PAResVerified", "False");
            f.put("PAResSyntaxOK", "True");
            f.put("3DStatus", "0");
            f.put("mdStatus", "0");
            f.put("ErrorMessage", "3D dogrulama basarisiz");
            return callback(s, s.form.get("FailUrl"), f);
        }
        byte[] md = new byte[24];
        random.nextBytes(md);
        String cavv = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(md, 20));
        String xid = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(md, 4, 24));
        s.authenticatedWith(HexFormat.of().withUpperCase().formatHex(md), cavv, xid, "02");
        f.put("TxnStat", "Y");
        f.put("MD", s.md());
        f.put("Eci", s.eci());
        f.put("PayerAuthenticationCode", cavv);
        f.put("PayerTxnId", xid);
        f.put("PAResVerified", "True");
        f.put("PAResSyntaxOK", "True");
        f.put("3DStatus", "1");
        f.put("mdStatus", "1");
        if ("3DModel".equals(s.secureType())) {
            if (!s.move(Stage.CARD_ENTERED, Stage.AUTHENTICATED)) {
                return error("Oturum bulunamadi");
            }
            return callback(s, s.form.get("OkUrl"), f);
        }
        if (!s.move(Stage.CARD_ENTERED, Stage.ENDED)) {
            return error("Oturum bulunamadi");
        }
        LedgerEntry e = books.book(
                s.merchant.shopCode(),
                s.orderId(),
                s.amount,
                s.form.get("Currency"),
                InterPosBank.installments(s.form.get("InstallmentCount")),
                s.maskedPan(),
                s.hostCode(),
                s.preAuth() ? LedgerType.PRE_AUTH : LedgerType.SALE);
        if (e == null) {
            return error("Siparis numarasi daha once kullanilmis");
        }
        f.put("AuthCode", e.authCode());
        f.put("TransId", e.transId());
        f.put("HostRefNum", e.hostRefNum());
        f.put("TRXDATE", InterPosReplies.time(e.timestamp(), clock));
        f.put("ProcReturnCode", e.resultCode());
        f.put("TxnResult", e.isApproved() ? "Success" : "Failed");
        f.put("ErrorMessage", e.isApproved() ? "" : InterPosReplies.HOST_MESSAGES.getOrDefault(e.resultCode(), "RED"));
        f.put("ErrorCode", e.isApproved() ? "" : e.resultCode());
        return callback(s, s.form.get(e.isApproved() ? "OkUrl" : "FailUrl"), f);
    }

    /** An authenticated 3D-model session waiting for its provision, by its {@code MD}. */
    Optional<InterPosSession> authenticated(String md) {
        return sessions.values().stream()
                .filter(s -> md != null && !md.isEmpty() && md.equals(s.md()))
                .filter(s -> s.stage() == Stage.AUTHENTICATED)
                .filter(s -> !s.created.plus(LIFETIME).isBefore(clock.instant()))
                .findFirst();
    }

    /** The fields every callback carries (mews/pos's fixtures), empty where the outcome fills them in. */
    private static Map<String, String> base(InterPosSession s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Version", "");
        f.put("MerchantID", "");
        f.put("ShopCode", s.merchant.shopCode());
        f.put("TxnStat", "");
        f.put("MD", "");
        f.put("RetCode", "");
        f.put("RetDet", "");
        f.put("VenderCode", "");
        f.put("Eci", "");
        f.put("PayerAuthenticationCode", "");
        f.put("PayerTxnId", "");
        f.put("CavvAlg", "");
        f.put("PAResVerified", "");
        f.put("PAResSyntaxOK", "");
        f.put("Expiry", "****");
        f.put("Pan", s.maskedPan());
        f.put("OrderId", s.orderId());
        f.put("PurchAmount", InterPosReplies.turkish(s.amount));
        f.put("Exponent", "");
        f.put("Description", "");
        f.put("Description2", "");
        f.put("Currency", s.form.get("Currency"));
        f.put("OkUrl", s.form.get("OkUrl"));
        f.put("FailUrl", s.form.get("FailUrl"));
        f.put("3DStatus", "");
        f.put("AuthCode", "");
        f.put("TransId", "");
        f.put("TRXDATE", "");
        f.put("CardHolderName", "");
        f.put("mdStatus", "");
        f.put("ProcReturnCode", "");
        f.put("TxnResult", "");
        f.put("ErrorMessage", "");
        f.put("ErrorCode", "");
        f.put("Response", "");
        return f;
    }

    private Page callback(InterPosSession s, String url, Map<String, String> fields) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("HASH", InterPosHash.ofCallback(fields, s.merchant.storeKey()));
        f.put("HASHPARAMS", InterPosHash.CALLBACK_PARAMS);
        f.put("HASHPARAMSVAL", InterPosHash.callbackValues(fields));
        return new Page(Page.Kind.CALLBACK, InterPosPages.callback(url, f), s.id, url, Map.copyOf(f));
    }

    private static boolean url(String u) {
        return u != null && u.matches("https?://\\S+");
    }

    private static Page error(String message) {
        return Page.of(Page.Kind.ERROR, InterPosPages.error(message), null);
    }
}
