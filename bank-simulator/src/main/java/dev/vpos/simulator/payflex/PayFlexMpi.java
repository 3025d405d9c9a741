package dev.vpos.simulator.payflex;

import dev.vpos.simulator.card.CardNumbers;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated PayFlex MPI and the card issuer's ACS, without HTTP.
 * <ol>
 *   <li>{@link #enroll}: the merchant's server posts the card and amount ({@code MPI_Enrollment.aspx}); the MPI
 *       answers {@code IPaySecure} with Status Y, the ACS URL, {@code PaReq}, {@code TermUrl} and {@code MD}
 *       (Status N for the not-enrolled test card, E with an error code for a bad request).</li>
 *   <li>{@link #acsPage}: the payer's browser posts {@code PaReq/TermUrl/MD}; the "bank's password page" shows the
 *       masked card, the amount and the merchant and asks for the OTP.</li>
 *   <li>{@link #acsVerify}: OTP {@code 123456} authenticates (Status Y, ECI, CAVV); any other OTP or Cancel fails
 *       (Status N, error 0400); the page posts {@code PaRes} and {@code MD} to the TermUrl.</li>
 *   <li>{@link #termUrl}: the MPI posts the result fields to the merchant's SuccessUrl (Y) or FailureUrl, with no
 *       hash: PayFlex signs nothing in this callback.</li>
 * </ol>
 * The provision later checks its {@code MpiTransactionId}, ECI, CAVV, card and amount against {@link #session}.
 * Sessions live in memory; beyond {@link #CAPACITY} the oldest are forgotten.
 */
public final class PayFlexMpi {

    public static final String ENROLLMENT_PATH = "/payflex/MPIAPI/MPI_Enrollment.aspx";
    public static final String ACS_PATH = "/payflex/ACS/Authenticate.aspx";
    public static final String ACS_VERIFY_PATH = "/payflex/ACS/Verify.aspx";
    public static final String TERM_URL_PATH = "/payflex/MPIAPI/MPI_TermUrl.aspx";
    public static final String OTP = "123456";
    static final int CAPACITY = 10_000;
    static final String AUTHENTICATION_FAILED = "0400";

    enum State {
        PENDING,
        ANSWERED
    }

    /** One enrollment, keyed by merchant and VerifyEnrollmentRequestId. Holds the card for the provision check. */
    static final class Session {
        final String merchantId;
        final String verifyId;
        final String pan;
        final String expiryYyMm;
        final BigDecimal amount;
        final String currency;
        final int installments;
        final String successUrl;
        final String failureUrl;
        final String sessionInfo;
        final String md;
        final String paReq;
        State state = State.PENDING;
        String status = "";
        String eci = "";
        String cavv = "";
        String xid = "";
        String paRes = "";
        String errorCode = "";
        String errorMessage = "";
        boolean used;

        Session(
                String merchantId,
                String verifyId,
                String pan,
                String expiryYyMm,
                BigDecimal amount,
                String currency,
                int installments,
                String successUrl,
                String failureUrl,
                String sessionInfo,
                String md,
                String paReq) {
            this.merchantId = merchantId;
            this.verifyId = verifyId;
            this.pan = pan;
            this.expiryYyMm = expiryYyMm;
            this.amount = amount;
            this.currency = currency;
            this.installments = installments;
            this.successUrl = successUrl;
            this.failureUrl = failureUrl;
            this.sessionInfo = sessionInfo;
            this.md = md;
            this.paReq = paReq;
        }

        boolean authenticated() {
            return "Y".equals(status) || "A".equals(status);
        }
    }

    private final PayFlexMerchants merchants;
    private final RandomGenerator random;
    private final Map<String, Session> byKey = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            if (size() > CAPACITY) {
                byMd.remove(eldest.getValue().md);
                return true;
            }
            return false;
        }
    };
    private final Map<String, Session> byMd = new java.util.HashMap<>();

    public PayFlexMpi(PayFlexMerchants merchants, RandomGenerator random) {
        this.merchants = merchants;
        this.random = random;
    }

    /** The enrollment call; {@code base} is the simulator's own address (scheme, host, port, context path). */
    public synchronized PayFlexReply enroll(Map<String, String> form, String base) {
        String verifyId = form.getOrDefault("VerifyEnrollmentRequestId", "");
        Optional<PayFlexMerchants.Merchant> merchant = merchants.byId(form.getOrDefault("MerchantId", ""));
        if (merchant.isEmpty()) {
            return error(verifyId, "9039", "Üye işyeri bulunamadı.");
        }
        if (!merchant.get().password().equals(form.getOrDefault("MerchantPassword", ""))) {
            return error(verifyId, "9065", "Üye işyeri bulunamadı (şifre hatalı).");
        }
        if (!verifyId.matches("[A-Za-z0-9_-]{1,64}")) {
            return error(verifyId, "1108", "VerifyEnrollmentRequestId alanının uzunluğu hatalı");
        }
        if (byKey.containsKey(key(merchant.get().merchantId(), verifyId))) {
            return error(verifyId, "1006", "Bu işlem numarası ile daha önce bir işlem gerçekleştirilmiş");
        }
        String pan = form.getOrDefault("Pan", "");
        if (!CardNumbers.wellFormed(pan)) {
            return error(verifyId, "1051", "Kredi kartı numarası hatalı.");
        }
        String expiry = form.getOrDefault("ExpiryDate", "");
        if (!expiry.matches("\\d{2}(0[1-9]|1[0-2])")) {
            return error(verifyId, "1052", "Kart vadesi hatalı veya vade formatı hatalı");
        }
        String amount = form.getOrDefault("PurchaseAmount", "");
        if (!PayFlexBank.validAmount(amount)) {
            return error(verifyId, "1049", "Geçersiz tutar.");
        }
        String currency = form.getOrDefault("Currency", "");
        if (!PayFlexBank.CURRENCIES.contains(currency)) {
            return error(verifyId, "1077", "Para kodu hatalı");
        }
        String installments = form.getOrDefault("InstallmentCount", "");
        if (!PayFlexBank.validInstallments(installments)) {
            return error(verifyId, "1060", "Hatalı taksit sayısı.");
        }
        String success = form.getOrDefault("SuccessUrl", "");
        String failure = form.getOrDefault("FailureUrl", "");
        if (!success.matches("https?://\\S+") || !failure.matches("https?://\\S+")) {
            return error(verifyId, "0030", "SuccessUrl/FailureUrl hatalı");
        }
        if (PayFlexOutcomes.NOT_ENROLLED_CARD.equals(pan)) {
            return PayFlexReply.xml(ipaySecure(verifyId, veres("N", null), "", ""));
        }
        String md = HexFormat.of().formatHex(bytes(16));
        String paReq = Base64.getEncoder().encodeToString(bytes(48));
        Session s = new Session(
                merchant.get().merchantId(),
                verifyId,
                pan,
                expiry,
                new BigDecimal(amount),
                currency,
                installments.isEmpty() ? 0 : Integer.parseInt(installments),
                success,
                failure,
                form.getOrDefault("SessionInfo", ""),
                md,
                paReq);
        byKey.put(key(s.merchantId, verifyId), s);
        byMd.put(md, s);
        Map<String, Object> veres = new LinkedHashMap<>();
        veres.put("Status", "Y");
        veres.put("PaReq", paReq);
        veres.put("TermUrl", base + TERM_URL_PATH);
        veres.put("MD", md);
        veres.put("ACSUrl", base + ACS_PATH);
        return PayFlexReply.xml(ipaySecure(verifyId, veres("Y", veres), "", ""));
    }

    /** The ACS's password page for the browser's post of {@code PaReq}, {@code TermUrl}, {@code MD}. */
    public synchronized PayFlexReply acsPage(Map<String, String> form) {
        Session s = byMd.get(form.getOrDefault("MD", ""));
        if (s == null || !s.paReq.equals(form.getOrDefault("PaReq", "")) || s.state != State.PENDING) {
            return PayFlexReply.html(400, page("3-D Secure", "<p>Geçersiz veya süresi dolmuş 3-D Secure oturumu.</p>"));
        }
        String merchantName = merchants
                .byId(s.merchantId)
                .map(PayFlexMerchants.Merchant::name)
                .orElse(s.merchantId);
        String body = "<h1>VakıfBank 3-D Secure</h1>\n"
                + "<p>Üye işyeri / Merchant: <b>" + PayFlexMarkup.escape(merchantName) + "</b></p>\n"
                + "<p>Tutar / Amount: <b>"
                + PayFlexMarkup.escape(s.amount.toPlainString() + " " + currencyName(s.currency)) + "</b></p>\n"
                + "<p>Kart / Card: <b>" + PayFlexMarkup.escape(CardNumbers.mask(s.pan)) + "</b></p>\n"
                + "<form method=\"post\" action=\"Verify.aspx\">\n"
                + "<input type=\"hidden\" name=\"MD\" value=\"" + PayFlexMarkup.escape(s.md) + "\">\n"
                + "<label>SMS şifresi / One-time password <input name=\"otp\" autocomplete=\"one-time-code\" "
                + "inputmode=\"numeric\" autofocus></label>\n"
                + "<button type=\"submit\" name=\"action\" value=\"submit\">Onayla / Confirm</button>\n"
                + "<button type=\"submit\" name=\"action\" value=\"cancel\">İptal / Cancel</button>\n"
                + "</form>\n<p><small>Simülatör: şifre " + OTP + "</small></p>";
        return PayFlexReply.html(200, page("VakıfBank 3-D Secure", body));
    }

    /** The OTP (or Cancel) posted from the password page: the ACS posts its answer to the MPI's TermUrl. */
    public synchronized PayFlexReply acsVerify(Map<String, String> form, String base) {
        Session s = byMd.get(form.getOrDefault("MD", ""));
        if (s == null || s.state != State.PENDING) {
            return PayFlexReply.html(400, page("3-D Secure", "<p>Geçersiz veya süresi dolmuş 3-D Secure oturumu.</p>"));
        }
        s.state = State.ANSWERED;
        boolean cancelled = "cancel".equals(form.get("action"));
        if (!cancelled && OTP.equals(form.getOrDefault("otp", ""))) {
            s.status = "Y";
            s.eci = s.pan.startsWith("4") ? "05" : "02";
            s.cavv = Base64.getEncoder().encodeToString(bytes(20));
        } else {
            s.status = "N";
            s.errorCode = AUTHENTICATION_FAILED;
            s.errorMessage = cancelled ? "Kart sahibi işlemi iptal etti" : "3D Secure şifre doğrulaması yapılamadı";
        }
        s.xid = Base64.getEncoder().encodeToString(bytes(20));
        s.paRes = Base64.getEncoder().encodeToString(bytes(64));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PaRes", s.paRes);
        fields.put("MD", s.md);
        return PayFlexReply.html(200, PayFlexMarkup.autoPost("3-D Secure", base + TERM_URL_PATH, fields));
    }

    /** The MPI receives the ACS's answer and posts the result to the merchant's SuccessUrl or FailureUrl. */
    public synchronized PayFlexReply termUrl(Map<String, String> form) {
        Session s = byMd.get(form.getOrDefault("MD", ""));
        if (s == null || s.state != State.ANSWERED || !s.paRes.equals(form.getOrDefault("PaRes", ""))) {
            return PayFlexReply.html(400, page("3-D Secure", "<p>Geçersiz 3-D Secure yanıtı.</p>"));
        }
        return PayFlexReply.html(
                200,
                PayFlexMarkup.autoPost(
                        "3-D Secure", s.authenticated() ? s.successUrl : s.failureUrl, callbackFields(s)));
    }

    /** The fields the MPI posts to the merchant, as VakıfBank's MPI names them. */
    static Map<String, String> callbackFields(Session s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MerchantId", s.merchantId);
        f.put("SubMerchantNo", "0");
        f.put(
                "PurchAmount",
                s.amount
                        .movePointRight(2)
                        .setScale(0, java.math.RoundingMode.UNNECESSARY)
                        .toPlainString());
        f.put("PurchCurrency", s.currency);
        f.put("VerifyEnrollmentRequestId", s.verifyId);
        f.put("SessionInfo", s.sessionInfo);
        f.put("InstallmentCount", s.installments > 1 ? Integer.toString(s.installments) : "");
        f.put("Pan", s.pan);
        f.put("Expiry", s.expiryYyMm);
        f.put("Xid", s.xid);
        f.put("Status", s.status);
        f.put("Cavv", s.cavv);
        f.put("Eci", s.eci);
        f.put("ExpSign", "");
        f.put("ErrorCode", s.errorCode);
        f.put("ErrorMessage", s.errorMessage);
        return f;
    }

    synchronized Optional<Session> session(String merchantId, String verifyId) {
        return Optional.ofNullable(byKey.get(key(merchantId, verifyId)));
    }

    /** Marks the session's authentication as spent by a provision; false when it already was. */
    synchronized boolean use(Session s) {
        if (s.used) {
            return false;
        }
        s.used = true;
        return true;
    }

    private static String key(String merchantId, String verifyId) {
        return merchantId + "|" + verifyId;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static Map<String, Object> veres(String status, Map<String, Object> full) {
        if (full != null) {
            return full;
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("Status", status);
        return v;
    }

    private static String ipaySecure(
            String verifyId, Map<String, Object> veres, String errorCode, String errorMessage) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("VERes", veres);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("Message", message);
        root.put("VerifyEnrollmentRequestId", verifyId);
        root.put("MessageErrorCode", errorCode);
        root.put("ErrorMessage", errorMessage);
        return PayFlexMarkup.xml("IPaySecure", root);
    }

    private static PayFlexReply error(String verifyId, String code, String message) {
        return PayFlexReply.xml(ipaySecure(verifyId, veres("E", null), code, message));
    }

    private static String currencyName(String numeric) {
        return switch (numeric) {
            case "949" -> "TL";
            case "840" -> "USD";
            case "978" -> "EUR";
            case "826" -> "GBP";
            default -> numeric;
        };
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + PayFlexMarkup.escape(title)
                + "</title></head>\n<body>\n" + body + "\n</body></html>\n";
    }
}
