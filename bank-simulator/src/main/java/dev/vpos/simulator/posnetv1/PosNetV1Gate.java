package dev.vpos.simulator.posnetv1;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.posnetv1.PosNetV1Merchants.Merchant;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * PosNet V1's 3-D page ({@code SecureVerification.aspx}) without HTTP. {@link #open} takes the merchant's form with the
 * card ({@code UseOOS=0}), checks merchant, terminal, PosnetID and the {@code Mac} with the store key and every field,
 * and shows the ACS page. {@link #authenticate} (OTP {@value #OTP}) posts the callback to {@code MerchantReturnURL}:
 * {@code MdStatus} 1 with {@code MD}, {@code SecureTransactionId}, {@code CAVV}, {@code ECI} for the merchant's
 * provision, or 0 ("Not authenticated"); {@code Mac} over {@value PosNetV1Mac#CALLBACK_PARAMS}. Nothing is booked here.
 */
public final class PosNetV1Gate {

    static final String OTP = "123456";

    /** What the browser gets: a page; for a callback also its target and fields. */
    public record Page(Kind kind, String html, String sessionId, Map<String, String> callbackFields) {

        public enum Kind {
            ACS,
            CALLBACK,
            ERROR
        }
    }

    private final PosNetV1Merchants merchants;
    private final PosNetV1Books books;
    private final RandomGenerator random;
    private final Map<String, PosNetV1Session> sessions = new ConcurrentHashMap<>();

    PosNetV1Gate(PosNetV1Merchants merchants, PosNetV1Books books, RandomGenerator random) {
        this.merchants = merchants;
        this.books = books;
        this.random = random;
    }

    public Page open(Map<String, String> form) {
        Optional<Merchant> m = merchants.find(form.get("MerchantNo"), form.get("TerminalNo"));
        if (m.isEmpty() || !m.get().posnetId().equals(form.get("PosnetID"))) {
            return error("INVALID MID TID POSNETID");
        }
        if (!PosNetV1Mac.matches(PosNetV1Mac.ofForm(form, m.get().storeKey()), form.get("Mac"))) {
            return error("MAC HATALI");
        }
        String invalid = !"0".equals(form.get("UseOOS"))
                ? "UseOOS: the simulator serves only the card posted by the merchant (UseOOS=0)"
                : !java.util.List.of("Sale", "Auth").contains(form.getOrDefault("TransactionType", ""))
                        ? "TransactionType gecersiz"
                        : !form.getOrDefault("OrderId", "").matches("[A-Za-z0-9_]{20}")
                                ? "OrderId 20 karakter olmali"
                                : !form.getOrDefault("Amount", "").matches("[1-9]\\d{0,11}")
                                        ? "Amount gecersiz"
                                        : !PosNetV1Bank.CURRENCIES.contains(form.getOrDefault("CurrencyCode", ""))
                                                ? "CurrencyCode gecersiz"
                                                : !form.getOrDefault("InstallmentCount", "")
                                                                .matches("0|[2-9]|1[0-2]")
                                                        ? "InstallmentCount gecersiz"
                                                        : !form.getOrDefault("MerchantReturnURL", "")
                                                                        .matches("https?://\\S+")
                                                                ? "MerchantReturnURL gecersiz"
                                                                : !"INITIAL".equals(form.get("TxnState"))
                                                                        ? "TxnState gecersiz"
                                                                        : card(form);
        if (invalid != null) {
            return error(invalid);
        }
        if (books.hasApproved(m.get().merchantNo(), "TDS_" + form.get("OrderId"))) {
            return error("ORDERID DAHA ONCE KULLANILMIS");
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String secureTransactionId = "1010" + String.format("%012d", random.nextLong(1_000_000_000_000L));
        String pan = form.get("CardNo");
        PosNetV1Session s = new PosNetV1Session(
                HexFormat.of().formatHex(id),
                secureTransactionId,
                m.get(),
                form,
                CardNumbers.mask(pan),
                books.hostCode(
                        pan, form.get("ExpiredDate"), BigDecimal.valueOf(Long.parseLong(form.get("Amount")), 2)));
        sessions.put(s.id, s);
        return new Page(Page.Kind.ACS, PosNetV1Pages.acs(s), s.id, Map.of());
    }

    private static String card(Map<String, String> form) {
        if (!CardNumbers.wellFormed(form.get("CardNo"))) {
            return "CardNo gecersiz";
        }
        if (!form.getOrDefault("ExpiredDate", "").matches("\\d{2}(0[1-9]|1[0-2])")) {
            return "ExpiredDate YYAA olmali";
        }
        return form.getOrDefault("Cvv", "").matches("\\d{3,4}") ? null : "Cvv gecersiz";
    }

    public Page authenticate(Map<String, String> form) {
        PosNetV1Session s = sessions.get(form.getOrDefault("SessionId", ""));
        if (s == null) {
            return error("Oturum bulunamadi");
        }
        boolean ok = OTP.equals(form.get("Otp")) && !"Cancel".equals(form.get("Action"));
        Map<String, String> f = new LinkedHashMap<>();
        f.put("CCPrefix", s.maskedPan().substring(0, Math.min(6, s.maskedPan().length())));
        f.put("TranType", s.form.get("TransactionType"));
        f.put("Amount", s.form.get("Amount"));
        f.put("OrderId", s.form.get("OrderId"));
        f.put("MerchantId", s.merchant.merchantNo());
        byte[] cavv = new byte[20];
        random.nextBytes(cavv);
        String md = "0161" + s.secureTransactionId.substring(4) + String.format("%03d", random.nextInt(1000));
        if (ok) {
            if (!s.authenticated(md, Base64.getEncoder().encodeToString(cavv), "02")) {
                return error("Oturum bulunamadi");
            }
            f.put("CAVV", s.cavv());
            f.put("CAVVAlgorithm", "3");
            f.put("ECI", "02");
            f.put("MD", md);
            f.put("MdErrorMessage", "Authenticated");
            f.put("MdStatus", "1");
        } else {
            if (!s.fail()) {
                return error("Oturum bulunamadi");
            }
            f.put("CAVV", "");
            f.put("CAVVAlgorithm", "");
            f.put("ECI", "07");
            f.put("MD", md);
            f.put("MdErrorMessage", "Not authenticated");
            f.put("MdStatus", "0");
        }
        f.put("SecureTransactionId", s.secureTransactionId);
        f.put("Mac", PosNetV1Mac.ofCallback(f, s.merchant.storeKey()));
        f.put("MacParams", PosNetV1Mac.CALLBACK_PARAMS);
        f.put("CurrencyCode", PosNetV1Books.NUMBER_BY_LETTERS.get(s.form.get("CurrencyCode")));
        f.put("InstalmentCode", s.form.get("InstallmentCount"));
        f.put("VtfCode", "");
        f.put("PointAmount", "");
        return new Page(
                Page.Kind.CALLBACK, PosNetV1Pages.callback(s.form.get("MerchantReturnURL"), f), s.id, Map.copyOf(f));
    }

    /** An authenticated session waiting for its provision, by its {@code MD}. */
    Optional<PosNetV1Session> authenticated(String md) {
        return sessions.values().stream()
                .filter(s -> md != null && !md.isEmpty() && md.equals(s.md()))
                .filter(s -> s.stage() == PosNetV1Session.Stage.AUTHENTICATED)
                .findFirst();
    }

    private static Page error(String message) {
        return new Page(Page.Kind.ERROR, PosNetV1Pages.error(message), null, Map.of());
    }
}
