package dev.vpos.simulator.payfor;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.payfor.PayForMerchants.Merchant;
import dev.vpos.simulator.payfor.PayForThreeDsSession.Stage;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 3-D gate without HTTP. {@link #open} takes the merchant's form ({@code Default.aspx} for 3DModel / 3DPay,
 * {@code 3DHost.aspx} for 3DHost), checks merchant, URLs, the request {@code Hash} and the fields, and shows the
 * ACS password page (or, for 3D Host, the bank's card form first: {@link #enterCard}). {@link #authenticate} takes
 * the ACS answer (OTP {@value #OTP} authenticates; anything else or Cancel fails) and returns the callback form
 * that posts the result, signed with {@code ResponseHash}, to the merchant's OkUrl or FailUrl. For 3D Pay and 3D
 * Host the gate provisions (and records) before calling back; for 3D it leaves the provision to the merchant's
 * {@code 3DModelPayment} call on the API.
 */
public final class PayForGate {

    static final String OTP = "123456";

    /** What the browser gets: a page; for a callback also its target and fields (what a test reads). */
    public record Page(
            Kind kind, String html, String requestGuid, String callbackUrl, Map<String, String> callbackFields) {

        public enum Kind {
            ACS,
            CARD_FORM,
            CALLBACK,
            ERROR
        }

        static Page of(Kind kind, String html, String requestGuid) {
            return new Page(kind, html, requestGuid, null, Map.of());
        }
    }

    private static final List<String> ORDER_FIELDS = List.of(
            "MbrId",
            "MerchantID",
            "UserCode",
            "OrderId",
            "Lang",
            "SecureType",
            "TxnType",
            "PurchAmount",
            "InstallmentCount",
            "Currency",
            "OkUrl",
            "FailUrl");
    private static final DateTimeFormatter TRANSACTION_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final PayForMerchants merchants;
    private final PayForThreeDsSessions sessions;
    private final PayForBooking booking;
    private final PayForOutcomes outcomes;
    private final PayForIdentifiers ids;
    private final Clock clock;

    PayForGate(
            PayForMerchants merchants,
            PayForThreeDsSessions sessions,
            PayForBooking booking,
            PayForOutcomes outcomes,
            PayForIdentifiers ids,
            Clock clock) {
        this.merchants = merchants;
        this.sessions = sessions;
        this.booking = booking;
        this.outcomes = outcomes;
        this.ids = ids;
        this.clock = clock;
    }

    /** The merchant's form posted to the gate; {@code hostGate} for {@code 3DHost.aspx}. */
    public Page open(Map<String, String> posted, boolean hostGate) {
        var field = PayForChecks.of(posted);
        Optional<Merchant> merchant = merchants
                .find(field.apply("MbrId"), field.apply("MerchantID"))
                .filter(m -> m.userCode().equals(field.apply("UserCode")));
        if (merchant.isEmpty()) {
            return error(PayForCodes.MERCHANT_NOT_FOUND);
        }
        if (!isWebUrl(field.apply("OkUrl"))) {
            return error(PayForCodes.OK_URL_INVALID);
        }
        if (!isWebUrl(field.apply("FailUrl"))) {
            return error(PayForCodes.FAIL_URL_MISSING);
        }
        Merchant m = merchant.get();
        Map<String, String> form = new LinkedHashMap<>();
        ORDER_FIELDS.forEach(name -> form.put(name, field.apply(name)));
        String expectedHash = PayForHash.request(
                form.get("MbrId"),
                form.get("OrderId"),
                form.get("PurchAmount"),
                form.get("OkUrl"),
                form.get("FailUrl"),
                form.get("TxnType"),
                form.get("InstallmentCount"),
                field.apply("Rnd"),
                m.storeKey());
        Set<String> models = hostGate
                ? Set.of(PayForThreeDsSession.MODEL_3D_HOST)
                : Set.of(PayForThreeDsSession.MODEL_3D, PayForThreeDsSession.MODEL_3D_PAY);
        Optional<String> refusal = !models.contains(form.get("SecureType"))
                ? Optional.of(PayForCodes.WRONG_SECURE_TYPE)
                : !PayForHash.matches(expectedHash, posted.get("Hash"))
                        ? Optional.of(PayForCodes.HASH_MISMATCH)
                        : PayForChecks.order(field)
                                .or(() -> hostGate ? Optional.empty() : PayForChecks.card(field))
                                .or(() -> booking.hasApproved(m, form.get("OrderId"))
                                        ? Optional.of(PayForCodes.GATE_ORDER_ID_USED)
                                        : Optional.empty());
        PayForThreeDsSession session = new PayForThreeDsSession(
                ids.requestGuid(),
                m,
                form,
                hostGate ? null : field.apply("Pan"),
                hostGate ? null : field.apply("Expiry"),
                hostGate ? null : field.apply("Cvv2"),
                field.apply("CardHolderName"),
                hostGate ? Stage.AWAITING_CARD : Stage.AWAITING_OTP,
                "",
                "",
                "",
                clock.instant());
        if (refusal.isPresent()) {
            return callback(session, refusal.get(), "-1", "", "", "0");
        }
        if (!hostGate && !PayForOutcomes.enrolled(session.pan())) {
            return notEnrolled(session);
        }
        sessions.put(session, clock.instant());
        return hostGate
                ? Page.of(Page.Kind.CARD_FORM, PayForPages.cardForm(session, ""), session.requestGuid())
                : Page.of(Page.Kind.ACS, PayForPages.acs(session), session.requestGuid());
    }

    /** The 3D Host card form posted back: {@code RequestGuid}, {@code Pan}, {@code Expiry}, {@code Cvv2}, {@code CardHolderName}. */
    public Page enterCard(Map<String, String> posted) {
        var field = PayForChecks.of(posted);
        Optional<PayForThreeDsSession> found =
                sessions.get(field.apply("RequestGuid"), clock.instant()).filter(s -> s.stage() == Stage.AWAITING_CARD);
        if (found.isEmpty()) {
            return error(PayForCodes.NOT_FOUND);
        }
        PayForThreeDsSession s = found.get();
        Optional<String> invalid = PayForChecks.card(field);
        if (invalid.isPresent()) {
            return Page.of(
                    Page.Kind.CARD_FORM, PayForPages.cardForm(s, PayForCodes.message(invalid.get())), s.requestGuid());
        }
        PayForThreeDsSession withCard = s.withCard(
                field.apply("Pan"), field.apply("Expiry"), field.apply("Cvv2"), field.apply("CardHolderName"));
        if (!PayForOutcomes.enrolled(withCard.pan())) {
            sessions.advance(s, withCard.ended(Stage.FAILED));
            return notEnrolled(withCard);
        }
        if (!sessions.advance(s, withCard)) {
            return error(PayForCodes.NOT_FOUND);
        }
        return Page.of(Page.Kind.ACS, PayForPages.acs(withCard), s.requestGuid());
    }

    /** The ACS page posted back: {@code RequestGuid}, {@code Otp} and {@code Action} (Submit or Cancel). */
    public Page authenticate(Map<String, String> posted) {
        var field = PayForChecks.of(posted);
        Optional<PayForThreeDsSession> found =
                sessions.get(field.apply("RequestGuid"), clock.instant()).filter(s -> s.stage() == Stage.AWAITING_OTP);
        if (found.isEmpty()) {
            return error(PayForCodes.NOT_FOUND);
        }
        PayForThreeDsSession s = found.get();
        boolean passed = !"Cancel".equals(field.apply("Action")) && OTP.equals(field.apply("Otp"));
        if (!passed) {
            if (!sessions.advance(s, s.ended(Stage.FAILED))) {
                return error(PayForCodes.NOT_FOUND);
            }
            return callback(s, failureCode(s), "-1", "", "", s.requestGuid());
        }
        PayForThreeDsSession authenticated = s.authenticated(
                CardNumbers.brand(s.pan()).equals("MASTERCARD") ? "02" : "05", ids.cavv(), ids.payerTxnId());
        if (PayForThreeDsSession.MODEL_3D.equals(s.secureType())) {
            if (!sessions.advance(s, authenticated)) {
                return error(PayForCodes.NOT_FOUND);
            }
            return callback(authenticated, PayForCodes.THREE_D_AUTHENTICATED, "1", "", "", s.requestGuid());
        }
        if (!sessions.advance(s, authenticated.ended(Stage.COMPLETED))) {
            return error(PayForCodes.NOT_FOUND);
        }
        PayForAnswer provision =
                authenticated.authorization().authorize(outcomes, booking, ids, PayForCodes.GATE_ORDER_ID_USED);
        return callback(
                authenticated,
                provision.get("ProcReturnCode"),
                "1",
                provision.get("AuthCode"),
                provision.get("HostRefNum"),
                s.requestGuid());
    }

    private Page notEnrolled(PayForThreeDsSession s) {
        return callback(s, failureCode(s), "2", "", "", "0");
    }

    private static String failureCode(PayForThreeDsSession s) {
        return PayForThreeDsSession.MODEL_3D.equals(s.secureType())
                ? PayForCodes.THREE_D_FAILED
                : PayForCodes.THREE_D_AUTHORIZE_ERROR;
    }

    private Page callback(
            PayForThreeDsSession s,
            String code,
            String threeDStatus,
            String authCode,
            String hostRefNum,
            String requestGuid) {
        Merchant m = s.merchant();
        boolean ok = PayForCodes.APPROVED.equals(code) || PayForCodes.THREE_D_AUTHENTICATED.equals(code);
        String responseRnd = ids.responseRnd();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("RequestGuid", requestGuid);
        f.put("TransactionDate", LocalDateTime.now(clock).format(TRANSACTION_DATE));
        f.put("MbrId", m.mbrId());
        f.put("MerchantID", m.merchantId());
        for (String name : List.of(
                "OrderId",
                "SecureType",
                "TxnType",
                "PurchAmount",
                "Currency",
                "InstallmentCount",
                "OkUrl",
                "FailUrl",
                "Lang")) {
            f.put(name, s.field(name));
        }
        f.put("CardMask", s.maskedPan());
        f.put("CardHolderName", s.holderName() == null ? "" : s.holderName());
        f.put("Eci", s.eci());
        f.put("PayerTxnId", s.xid());
        f.put("PayerAuthenticationCode", s.cavv());
        f.put("MD", "");
        f.put("D3Stat", "1".equals(threeDStatus) ? "Y" : "N");
        f.put("3DStatus", threeDStatus);
        f.put("TxnResult", PayForCodes.APPROVED.equals(code) ? "Success" : "Failed");
        f.put("TxnStatus", PayForCodes.APPROVED.equals(code) ? "Y" : "N");
        f.put("AuthCode", authCode);
        f.put("HostRefNum", hostRefNum);
        f.put("ProcReturnCode", code);
        f.put("ErrMsg", PayForCodes.message(code));
        f.put("BatchNo", Integer.toString(booking.openBatch()));
        f.put("ResponseRnd", responseRnd);
        f.put(
                "ResponseHash",
                PayForHash.response(
                        m.merchantId(),
                        m.storeKey(),
                        s.orderId(),
                        authCode,
                        code,
                        threeDStatus,
                        responseRnd,
                        m.userCode()));
        f.put("HashType", "Sha1");
        String url = ok ? s.field("OkUrl") : s.field("FailUrl");
        return new Page(Page.Kind.CALLBACK, PayForPages.callback(url, f), s.requestGuid(), url, f);
    }

    private static Page error(String code) {
        return Page.of(Page.Kind.ERROR, PayForPages.error(code, PayForCodes.message(code)), "");
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute()
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && text.length() <= 200;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
