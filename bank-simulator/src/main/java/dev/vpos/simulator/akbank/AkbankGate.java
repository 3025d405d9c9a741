package dev.vpos.simulator.akbank;

import dev.vpos.simulator.akbank.AkbankMerchants.Merchant;
import dev.vpos.simulator.akbank.AkbankSession.Stage;
import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Akbank's 3-D gateway without HTTP. {@link #open} takes the merchant's signed form ({@code securepay}: 3D and 3D
 * Pay with the card; {@code payhosting}: 3D Host, the bank's card form first, {@link #enterCard}), checks terminal,
 * {@code hash}, time and fields, and shows the ACS page. {@link #authenticate} (OTP {@value #OTP}) answers the signed
 * callback: 3D — the secure values for the merchant's provision ({@code secureId}, {@code secureEcomInd},
 * {@code secureData}, {@code secureMd}); 3D Pay / Host — the payment, provisioned and booked here. A failed
 * authentication is {@code VPS-1279} to the {@code failUrl}, signed over {@code responseCode+responseMessage+orderId}.
 */
public final class AkbankGate {

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

    private final AkbankMerchants merchants;
    private final AkbankBooks books;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, AkbankSession> sessions = new ConcurrentHashMap<>();

    AkbankGate(AkbankMerchants merchants, AkbankBooks books, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.books = books;
        this.clock = clock;
        this.random = random;
    }

    /** The signed form posted to {@code securepay} ({@code hosting}: to {@code payhosting}). */
    public Page open(Map<String, String> form, boolean hosting) {
        Optional<Merchant> m = merchants.find(form.get("merchantSafeId"), form.get("terminalSafeId"));
        if (m.isEmpty()) {
            return error("Üye işyeri bulunamadı");
        }
        if (!AkbankHmac.matches(AkbankHmac.form(form, m.get().secretKey()), form.get("hash"))) {
            return error("Hash doğrulanamadı");
        }
        List<String> models = hosting ? List.of("3D_PAY_HOSTING") : List.of("3D", "3D_PAY");
        String invalid = !models.contains(form.getOrDefault("paymentModel", ""))
                ? "paymentModel geçersiz"
                : !List.of("3000", "3004").contains(form.getOrDefault("txnCode", ""))
                        ? "txnCode geçersiz"
                        : !form.getOrDefault("orderId", "").matches("[A-Za-z0-9_-]{1,64}")
                                ? "orderId geçersiz"
                                : !form.getOrDefault("amount", "").matches("\\d{1,10}\\.\\d{2}")
                                        ? "amount 0.00 biçiminde olmalıdır"
                                        : !List.of("949", "840", "978").contains(form.getOrDefault("currencyCode", ""))
                                                ? "currencyCode geçersiz"
                                                : !form.getOrDefault("installCount", "")
                                                                .matches("[1-9]|1[0-2]")
                                                        ? "installCount 1-12 olmalıdır"
                                                        : !url(form.get("okUrl")) || !url(form.get("failUrl"))
                                                                ? "okUrl / failUrl geçersiz"
                                                                : !fresh(form.get("requestDateTime"))
                                                                        ? "Geçerli talep tarihi giriniz."
                                                                        : null;
        if (invalid != null) {
            return error(invalid);
        }
        if (books.hasApproved(m.get().merchantSafeId(), form.get("orderId"))) {
            return error("Sipariş Numarası : " + form.get("orderId") + " tekil olmalıdır");
        }
        byte[] id = new byte[20];
        random.nextBytes(id);
        AkbankSession s = new AkbankSession(
                java.util.Base64.getEncoder().encodeToString(id), m.get(), form, clock.instant(), Stage.CARD_NEEDED);
        sessions.values().removeIf(old -> old.created.plus(LIFETIME).isBefore(s.created));
        sessions.put(s.id, s);
        if (hosting) {
            return Page.of(Page.Kind.CARD_FORM, AkbankPages.cardForm(s, ""), s.id);
        }
        return card(s, form.get("creditCard"), form.get("expiredDate"), form.get("cvv"));
    }

    /** The card typed on the bank's 3D Host page. */
    public Page enterCard(Map<String, String> form) {
        AkbankSession s = sessions.get(form.getOrDefault("SessionId", ""));
        if (s == null || s.stage() != Stage.CARD_NEEDED) {
            return error("Oturum bulunamadı");
        }
        return card(s, form.get("CardNumber"), form.get("Expiry"), form.get("Cvv"));
    }

    private Page card(AkbankSession s, String pan, String expiry, String cvv) {
        if (!CardNumbers.wellFormed(pan)
                || expiry == null
                || !expiry.matches("(0[1-9]|1[0-2])\\d{2}")
                || cvv == null
                || !cvv.matches("\\d{3,4}")) {
            return error("Kart bilgileri geçersiz");
        }
        if (!s.cardEntered(CardNumbers.mask(pan), books.hostCode(pan, expiry, s.amount))) {
            return error("Oturum bulunamadı");
        }
        return Page.of(Page.Kind.ACS, AkbankPages.acs(s), s.id);
    }

    /** The ACS password page's answer. */
    public Page authenticate(Map<String, String> form) {
        AkbankSession s = sessions.get(form.getOrDefault("SessionId", ""));
        if (s == null || s.stage() != Stage.CARD_ENTERED) {
            return error("Oturum bulunamadı");
        }
        boolean ok = OTP.equals(form.get("Otp")) && !"Cancel".equals(form.get("Action"));
        if (!ok) {
            s.move(Stage.CARD_ENTERED, Stage.ENDED);
            Map<String, String> f = new LinkedHashMap<>();
            f.put("responseCode", AkbankReplies.THREE_D_FAILED);
            f.put("responseMessage", "BKM 3DS Server Doğrulama Başarısız");
            f.put("orderId", s.orderId());
            return callback(s, s.form.get("failUrl"), f);
        }
        String time = LocalDateTime.now(clock).format(AkbankReplies.TIME);
        if ("3D".equals(s.model())) {
            if (!s.move(Stage.CARD_ENTERED, Stage.AUTHENTICATED)) {
                return error("Oturum bulunamadı");
            }
            byte[] md = new byte[32];
            random.nextBytes(md);
            s.secureMd(HexFormat.of().withUpperCase().formatHex(md));
            Map<String, String> f = new LinkedHashMap<>();
            f.put("txnCode", "3001");
            f.put("responseCode", AkbankReplies.OK);
            f.put("responseMessage", "BAŞARILI");
            f.put("txnDateTime", time);
            f.put("merchantSafeId", s.merchant.merchantSafeId());
            f.put("terminalSafeId", s.merchant.terminalSafeId());
            f.put("orderId", s.orderId());
            f.put("secureId", s.id);
            f.put("secureEcomInd", "02");
            f.put("secureData", java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(md, 20)));
            f.put("secureMd", s.secureMd());
            return callback(s, s.form.get("okUrl"), f);
        }
        if (!s.move(Stage.CARD_ENTERED, Stage.ENDED)) {
            return error("Oturum bulunamadı");
        }
        LedgerEntry e = books.book(
                s.merchant.merchantSafeId(),
                s.orderId(),
                s.amount,
                s.form.get("currencyCode"),
                Integer.parseInt(s.form.get("installCount")),
                s.maskedPan(),
                s.hostCode(),
                s.preAuth ? LedgerType.PRE_AUTH : LedgerType.SALE);
        if (e == null) {
            return error("Sipariş Numarası : " + s.orderId() + " tekil olmalıdır");
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("txnCode", s.preAuth ? "1004" : "1000");
        f.put("responseCode", e.isApproved() ? AkbankReplies.OK : AkbankReplies.PROVISION_ERROR);
        f.put("responseMessage", e.isApproved() ? "BAŞARILI" : "Provizyon Hatası");
        f.put("hostResponseCode", e.resultCode());
        f.put("hostMessage", AkbankReplies.HOST_MESSAGES.getOrDefault(e.resultCode(), "RED"));
        f.put("txnDateTime", time);
        f.put("merchantSafeId", s.merchant.merchantSafeId());
        f.put("terminalSafeId", s.merchant.terminalSafeId());
        f.put("orderId", s.orderId());
        f.put("authCode", e.authCode());
        f.put("rrn", e.hostRefNum());
        f.put("batchNumber", e.settleId());
        f.put("stan", e.transId());
        return callback(s, s.form.get(e.isApproved() ? "okUrl" : "failUrl"), f);
    }

    /** An authenticated 3D session waiting for its provision, by its {@code secureMd}. */
    Optional<AkbankSession> authenticated(String secureMd) {
        return sessions.values().stream()
                .filter(s -> !secureMd.isEmpty() && secureMd.equals(s.secureMd()))
                .filter(s -> s.stage() == Stage.AUTHENTICATED)
                .filter(s -> !s.created.plus(LIFETIME).isBefore(clock.instant()))
                .findFirst();
    }

    private Page callback(AkbankSession s, String url, Map<String, String> fields) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        String signed = String.join("+", fields.keySet());
        String hash = AkbankHmac.over(fields, s.merchant.secretKey());
        f.put("hashParams", signed);
        f.put("hash", hash);
        return new Page(Page.Kind.CALLBACK, AkbankPages.callback(url, f), s.id, url, Map.copyOf(f));
    }

    private boolean fresh(String time) {
        try {
            return Duration.between(LocalDateTime.parse(time, AkbankReplies.TIME), LocalDateTime.now(clock))
                            .abs()
                            .toMinutes()
                    < AkbankBank.MINUTES;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    private static boolean url(String u) {
        return u != null && u.matches("https?://\\S+");
    }

    private static Page error(String message) {
        return Page.of(Page.Kind.ERROR, AkbankPages.error(message), null);
    }
}
