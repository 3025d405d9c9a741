package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated EST 3-D gate ({@code /fim/est3Dgate}) and its ACS, without HTTP. A merchant's form comes in
 * ({@link #submit}); the gate checks the merchant, the ver3 {@code hash} (with the merchant's store key) and the
 * fields, then shows its hosted card form (storetype {@code 3d_pay_hosting}, {@link #card}) or goes straight on
 * with the card ({@code 3d}, {@code 3d_pay}). A not-enrolled card ({@code 4000000000000069}) returns at once with
 * mdStatus 2; any other card gets the ACS password page ({@link #acs}): OTP {@code 123456} authenticates
 * (mdStatus 1), another OTP or Cancel fails (mdStatus 0). For 3D Pay and 3D Host an authenticated payment is
 * provisioned here ({@link EstBank#authorizeAtGate}, booked in the ledger); for 3D the md is kept for the merchant's
 * provision call. Every way back to the merchant is a {@link Callback}: the request's fields echoed (never the
 * card number or CVV), the 3-D and provision results, and {@code HASH} = ver3 over all of them with the store key;
 * posted to {@code okUrl} when the payment can go on (3D: authenticated; 3D Pay/Host: approved), else to
 * {@code failUrl}. Only an unknown merchant or unusable return URLs end on an error page.
 */
public final class EstGate {

    /** What the payer's browser is shown next. */
    public sealed interface Step permits ErrorPage, CardForm, AcsPage, Callback {}

    /** The gate cannot even return to the merchant. */
    public record ErrorPage(String message) implements Step {}

    /** The bank's own card form (3D Host). */
    public record CardForm(String token, String merchantName, String amount, String currency) implements Step {}

    /** The card issuer's password page. */
    public record AcsPage(String token, String maskedPan, String amount, String currency, String merchantName)
            implements Step {}

    /** An auto-submitting form back to the merchant. */
    public record Callback(String url, Map<String, String> fields) implements Step {

        public Callback {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    static final Set<String> STORE_TYPES = Set.of("3d", "3d_pay", "3d_pay_hosting");
    private static final Set<String> CARD_FIELDS = Set.of("pan", "cv2");
    private static final String AMOUNT = "\\d{1,12}(\\.\\d{1,2})?";
    private static final String ORDER_ID = "[A-Za-z0-9_-]{1,64}";
    private static final String URL = "https?://\\S+";
    private static final DateTimeFormatter TRXDATE = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

    private final EstMerchants merchants;
    private final EstBank bank;
    private final EstThreeDsSessions sessions;
    private final RandomGenerator random;

    public EstGate(EstMerchants merchants, EstBank bank, EstThreeDsSessions sessions, RandomGenerator random) {
        this.merchants = merchants;
        this.bank = bank;
        this.sessions = sessions;
        this.random = random;
    }

    /** The merchant's form, as posted by the payer's browser. */
    public Step submit(Map<String, String> form) {
        Optional<EstMerchants.Merchant> merchant = merchants.byClientId(value(form, "clientid"));
        if (merchant.isEmpty()) {
            return new ErrorPage("Isyeri bulunamadi / Unknown merchant (clientid)");
        }
        if (!value(form, "okUrl").matches(URL) || !value(form, "failUrl").matches(URL)) {
            return new ErrorPage("okUrl ve failUrl gecerli adresler olmali / okUrl and failUrl must be http(s) URLs");
        }
        Map<String, String> echo = new LinkedHashMap<>();
        form.forEach((name, v) -> {
            if (!CARD_FIELDS.contains(name) && !"hash".equalsIgnoreCase(name)) {
                echo.put(name, v);
            }
        });
        EstMerchants.Merchant m = merchant.get();
        if (!"ver3".equals(value(form, "hashAlgorithm"))) {
            return error(
                    m,
                    echo,
                    EstThreeDsRules.INVALID_PARAMETER,
                    "hashAlgorithm ver3 olmali / hashAlgorithm must be ver3");
        }
        if (!EstHashV3.matches(form.get("hash"), EstHashV3.of(form, m.storeKey()))) {
            return error(
                    m, echo, EstThreeDsRules.HASH_MISMATCH, "Hash degeri dogrulanamadi / The hash does not verify");
        }
        String storeType = value(form, "storetype");
        String tranType = form.containsKey("TranType") ? value(form, "TranType") : value(form, "islemtipi");
        String amount = value(form, "amount");
        String taksit = value(form, "taksit");
        if (!STORE_TYPES.contains(storeType)
                || !EstRequestChecks.AUTHORIZATIONS.contains(tranType)
                || !amount.matches(AMOUNT)
                || new BigDecimal(amount).signum() <= 0
                || !value(form, "currency").matches("\\d{3}")
                || !taksit.matches("|[2-9]|1[0-2]")
                || !value(form, "oid").matches(ORDER_ID)) {
            return error(
                    m,
                    echo,
                    EstThreeDsRules.INVALID_PARAMETER,
                    "Gecersiz parametre / Invalid storetype, TranType," + " amount, currency, taksit or oid");
        }
        EstThreeDsSessions.GateSession session = new EstThreeDsSessions.GateSession(
                token(),
                m,
                echo,
                storeType,
                tranType,
                new BigDecimal(amount),
                value(form, "currency"),
                taksit.isEmpty() ? 1 : Integer.parseInt(taksit),
                value(form, "oid"),
                "",
                "");
        if ("3d_pay_hosting".equals(storeType)) {
            sessions.putGate(session);
            return new CardForm(session.token(), merchantName(m), amount, value(form, "currency"));
        }
        return withCard(
                session,
                value(form, "pan"),
                value(form, "Ecom_Payment_Card_ExpDate_Month"),
                value(form, "Ecom_Payment_Card_ExpDate_Year"));
    }

    /** The hosted card form (3D Host): {@code token}, {@code pan}, expiry month and year, {@code cv2}. */
    public Step card(Map<String, String> form) {
        return sessions.takeGate(value(form, "token"))
                .map(s -> withCard(
                        s,
                        value(form, "pan"),
                        value(form, "Ecom_Payment_Card_ExpDate_Month"),
                        value(form, "Ecom_Payment_Card_ExpDate_Year")))
                .orElseGet(() -> new ErrorPage("Oturum bulunamadi / Unknown or used session"));
    }

    /** The ACS page: {@code token}, {@code otp}, and {@code cancel} when the payer pressed Cancel. */
    public Step acs(Map<String, String> form) {
        Optional<EstThreeDsSessions.GateSession> session = sessions.takeGate(value(form, "token"));
        if (session.isEmpty()) {
            return new ErrorPage("Oturum bulunamadi / Unknown or used session");
        }
        if (form.containsKey("cancel")) {
            return callback(
                    session.get(), EstThreeDsRules.AUTHENTICATION_FAILED, "N-status/Cancelled by the cardholder");
        }
        boolean right = EstHashV3.matches(value(form, "otp"), EstThreeDsRules.OTP);
        return right
                ? callback(session.get(), EstThreeDsRules.AUTHENTICATED, "Y-status/Authenticated")
                : callback(session.get(), EstThreeDsRules.AUTHENTICATION_FAILED, "N-status/Wrong password");
    }

    private Step withCard(EstThreeDsSessions.GateSession session, String pan, String month, String year) {
        if (!CardNumbers.wellFormed(pan)) {
            return error(
                    session.merchant(),
                    session.request(),
                    EstThreeDsRules.INVALID_CARD,
                    "Kredi karti numarasi gecerli formatta degil.");
        }
        String expires = (month.length() == 1 ? "0" + month : month) + "/" + year;
        EstThreeDsSessions.GateSession withCard = session.withCard(pan, expires);
        if (EstOutcomes.NOT_ENROLLED_CARD.equals(pan)) {
            return callback(withCard, EstThreeDsRules.NOT_ENROLLED, "N-status/Card not enrolled in 3-D Secure");
        }
        EstThreeDsSessions.GateSession acs = new EstThreeDsSessions.GateSession(
                token(),
                withCard.merchant(),
                withCard.request(),
                withCard.storeType(),
                withCard.tranType(),
                withCard.amount(),
                withCard.currency(),
                withCard.installments(),
                withCard.orderId(),
                pan,
                expires);
        sessions.putGate(acs);
        return new AcsPage(
                acs.token(),
                CardNumbers.mask(pan),
                acs.amount().toPlainString(),
                acs.currency(),
                merchantName(acs.merchant()));
    }

    private Callback callback(EstThreeDsSessions.GateSession s, String mdStatus, String mdErrorMsg) {
        boolean authenticated = EstThreeDsRules.AUTHENTICATED.equals(mdStatus);
        String clientId = s.merchant().clientId();
        Map<String, String> f = new LinkedHashMap<>(s.request());
        String md =
                s.pan().substring(0, 6) + ":" + HexFormat.of().withUpperCase().formatHex(bytes(32)) + ":"
                        + String.format("%04d", random.nextInt(10_000)) + ":##" + clientId;
        String xid = Base64.getEncoder().encodeToString(bytes(20));
        String eci = authenticated ? ("VISA".equals(CardNumbers.brand(s.pan())) ? "05" : "02") : "";
        String cavv = authenticated ? Base64.getEncoder().encodeToString(bytes(20)) : "";
        f.put("mdStatus", mdStatus);
        f.put("md", md);
        f.put("xid", xid);
        f.put("eci", eci);
        f.put("cavv", cavv);
        f.put("txstatus", authenticated ? "Y" : "N");
        f.put("mdErrorMsg", mdErrorMsg);
        f.put("maskedCreditCard", grouped(s.pan()));
        f.put(
                "MaskedPan",
                s.pan().substring(0, 6) + "***" + s.pan().substring(s.pan().length() - 4));
        f.put("merchantID", clientId);
        f.put("merchantName", merchantName(s.merchant()));
        f.put("PAResSyntaxOK", "true");
        f.put("PAResVerified", Boolean.toString(authenticated));
        f.put("version", "2.0");
        f.put("dsId", "1");
        f.put("callbackCall", "true");
        boolean goOn = authenticated;
        if ("3d".equals(s.storeType())) {
            if (authenticated) {
                sessions.putAuthenticated(new EstThreeDsSessions.Authentication(
                        md,
                        clientId,
                        s.orderId(),
                        s.tranType(),
                        s.amount(),
                        s.currency(),
                        s.installments(),
                        s.pan(),
                        s.expires(),
                        xid,
                        eci,
                        cavv));
            }
        } else if (authenticated) {
            EstAnswer a = bank.authorizeAtGate(
                    clientId,
                    s.orderId(),
                    s.tranType(),
                    s.amount(),
                    s.currency(),
                    s.installments(),
                    s.pan(),
                    s.expires());
            f.put("ReturnOid", a.orderId().isEmpty() ? s.orderId() : a.orderId());
            f.put("Response", a.verdict().response());
            f.put("ProcReturnCode", a.verdict().procReturnCode());
            f.put("AuthCode", a.authCode());
            f.put("HostRefNum", a.hostRefNum());
            f.put("TransId", a.transId());
            f.put("ErrMsg", a.verdict().errMsg());
            f.put("ErrorCode", a.verdict().errorCode());
            f.put("SettleId", a.settleId());
            f.put("EXTRA_TRXDATE", a.time().format(TRXDATE));
            f.put("EXTRA_CARDBRAND", a.cardBrand());
            f.put(
                    "acqStan",
                    a.hostRefNum().isEmpty()
                            ? ""
                            : a.hostRefNum().substring(a.hostRefNum().length() - 6));
            goOn = a.verdict().isApproved();
        }
        return signed(s.merchant(), f, goOn);
    }

    /** An early gateway error: no mdStatus, {@code Response=Error}, the error code and message; to failUrl. */
    private Callback error(EstMerchants.Merchant m, Map<String, String> echo, String code, String message) {
        Map<String, String> f = new LinkedHashMap<>(echo);
        f.put("Response", "Error");
        f.put("ProcReturnCode", "99");
        f.put("ErrorCode", code);
        f.put("ErrMsg", message);
        f.put("callbackCall", "true");
        return signed(m, f, false);
    }

    private static Callback signed(EstMerchants.Merchant m, Map<String, String> fields, boolean goOn) {
        fields.remove("HASH");
        fields.put("HASH", EstHashV3.of(fields, m.storeKey()));
        return new Callback(goOn ? fields.get("okUrl") : fields.get("failUrl"), fields);
    }

    private String token() {
        return HexFormat.of().formatHex(bytes(16));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** {@code 4355 08** **** 4358}. */
    private static String grouped(String pan) {
        return EstStatusInquiry.inGroupsOfFour(CardNumbers.mask(pan));
    }

    private static String merchantName(EstMerchants.Merchant m) {
        return "EST test merchant " + m.clientId();
    }

    private static String value(Map<String, String> form, String name) {
        String v = form.get(name);
        return v == null ? "" : v.trim();
    }
}
