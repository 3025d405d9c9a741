package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.vakifkatilim.VakifKatilimChecks.Checked;
import dev.vpos.simulator.vakifkatilim.VakifKatilimMerchants.Merchant;
import dev.vpos.simulator.vakifkatilim.VakifKatilimOutcomes.Fault;
import dev.vpos.simulator.vakifkatilim.VakifKatilimOutcomes.Verdict;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The simulated Vakıf Katılım bank without HTTP. {@link #handle} takes a path below {@code /vakifkatilim}: the gates
 * under {@code /VirtualPOS.Gateway/Home/} (Non3DPayGate, PreAuthorizaten, ThreeDModelPayGate,
 * ThreeDModelProvisionGate, PreAuthorizatenClose, SaleReversal, PreAuthorizationReversal, DrawBack, PartialDrawBack,
 * PreAuthorizationDrawBack, SelectOrderByMerchantOrderId, SelectOrder: {@code VPosMessageContract} XML), the common
 * payment page ({@code /VirtualPOS.Gateway/CommonPaymentPage/CommonPaymentPage}, a form) and the ACS. Every message
 * is checked (merchant, HashPassword, HashData, fields) before anything is booked; a refused one books nothing.
 */
public final class VakifKatilimBank {

    public static final String FAMILY = VakifKatilimBooks.FAMILY;
    public static final String HOME = "/VirtualPOS.Gateway/Home/";
    public static final String NON_3D = HOME + "Non3DPayGate";
    public static final String PRE_AUTH = HOME + "PreAuthorizaten";
    public static final String ENROLLMENT = HOME + "ThreeDModelPayGate";
    public static final String PROVISION = HOME + "ThreeDModelProvisionGate";
    public static final String CAPTURE = HOME + "PreAuthorizatenClose";
    public static final String SALE_REVERSAL = HOME + "SaleReversal";
    public static final String PRE_AUTH_REVERSAL = HOME + "PreAuthorizationReversal";
    public static final String DRAWBACK = HOME + "DrawBack";
    public static final String PARTIAL_DRAWBACK = HOME + "PartialDrawBack";
    public static final String PRE_AUTH_DRAWBACK = HOME + "PreAuthorizationDrawBack";
    public static final String STATUS = HOME + "SelectOrderByMerchantOrderId";
    public static final String HISTORY = HOME + "SelectOrder";
    public static final String HOST_PAGE = "/VirtualPOS.Gateway/CommonPaymentPage/CommonPaymentPage";
    public static final String HOST_CARD = "/VirtualPOS.Gateway/CommonPaymentPage/Card";
    public static final String ACS = "/acs";
    public static final String ACS_VERIFY = "/acs/verify";
    static final String OTP = "123456";

    static final Set<String> CURRENCIES = Set.of("0949", "0840", "0978", "0826");

    private final VakifKatilimChecks checks;
    private final VakifKatilimOutcomes outcomes;
    private final VakifKatilimIdentifiers ids;
    private final VakifKatilimBooks books;
    private final VakifKatilimFollowUps followUps;
    private final VakifKatilimQueries queries;
    private final VakifKatilimPages pages;
    private final Map<String, VakifKatilimSession> sessions = new ConcurrentHashMap<>();

    public VakifKatilimBank(VakifKatilimMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.checks = new VakifKatilimChecks(merchants);
        this.outcomes = new VakifKatilimOutcomes(clock);
        this.ids = new VakifKatilimIdentifiers(clock, random);
        this.books = new VakifKatilimBooks(ledger, clock, ids);
        this.followUps = new VakifKatilimFollowUps(checks, books);
        this.queries = new VakifKatilimQueries(checks, ledger, clock);
        this.pages = new VakifKatilimPages(merchants, sessions, ids, outcomes, books);
    }

    /** {@code familyBase} is the absolute URL of {@code /vakifkatilim} on this server (for the pages' links). */
    public VakifKatilimReply handle(String path, byte[] body, String contentType, URI familyBase) {
        return switch (path) {
            case HOST_PAGE -> pages.hostPage(form(body), familyBase);
            case HOST_CARD -> pages.hostCard(form(body), familyBase);
            case ACS -> pages.acs(form(body), familyBase);
            case ACS_VERIFY -> pages.verify(form(body));
            default -> message(path, body, contentType, familyBase);
        };
    }

    private VakifKatilimReply message(String path, byte[] body, String contentType, URI familyBase) {
        if (!path.startsWith(HOME)) {
            return notFound();
        }
        Optional<VakifKatilimDocument> read = VakifKatilimDocument.read(body, contentType);
        if (read.isEmpty()) {
            return VakifKatilimBooks.refusal(VakifKatilimCodes.INVALID_REQUEST, "");
        }
        VakifKatilimDocument d = read.get();
        return switch (path) {
            case NON_3D -> authorize(d, LedgerType.SALE);
            case PRE_AUTH -> authorize(d, LedgerType.PRE_AUTH);
            case ENROLLMENT -> enroll(d, familyBase);
            case PROVISION -> provision(d);
            case STATUS -> queries.status(d);
            case HISTORY -> queries.history(d);
            case CAPTURE, SALE_REVERSAL, PRE_AUTH_REVERSAL, DRAWBACK, PARTIAL_DRAWBACK, PRE_AUTH_DRAWBACK ->
                followUps.handle(path.substring(HOME.length()), d);
            default -> notFound();
        };
    }

    /** Non3DPayGate and PreAuthorizaten: TransactionSecurity 5, the card in the message. */
    private VakifKatilimReply authorize(VakifKatilimDocument d, LedgerType type) {
        String orderId = d.get("MerchantOrderId");
        Checked checked = checks.check(d, true, true);
        Optional<String> refusal = checked.passed()
                ? paymentFields(d, checked.merchant().get(), "5", true)
                : Optional.of(checked.refusal());
        if (refusal.isPresent()) {
            return VakifKatilimBooks.refusal(refusal.get(), orderId);
        }
        long kurus = Long.parseLong(d.get("Amount"));
        String pan = d.get("CardNumber");
        Verdict v = outcomes.outcome(pan, d.get("CardExpireDateYear"), d.get("CardExpireDateMonth"), kurus, true);
        if (v.fault() == Fault.HTTP_500) {
            return serverError();
        }
        Merchant m = checked.merchant().get();
        return books.authorization(
                        m, orderId, kurus, d.get("FECCurrencyCode"), d.get("InstallmentCount"), pan, v.code(), type)
                .map(b -> books.answer(b, m, "5", v.message(), v.fault()))
                .orElseGet(() -> VakifKatilimBooks.refusal(VakifKatilimCodes.DUPLICATE, orderId));
    }

    /** The fields of an authorisation or enrollment; the card only where the message carries it. */
    private Optional<String> paymentFields(VakifKatilimDocument d, Merchant m, String security, boolean card) {
        if (!security.equals(d.get("TransactionSecurity"))) {
            return Optional.of(VakifKatilimCodes.SECURITY);
        }
        String orderId = d.get("MerchantOrderId");
        if (orderId.isEmpty()
                || orderId.length() > 50
                || !d.get("InstallmentCount").matches("0|[2-9]|1[0-2]")) {
            return Optional.of(VakifKatilimCodes.INVALID_REQUEST);
        }
        String amount = d.get("Amount");
        if (!amount.matches("[1-9]\\d{0,11}")
                || d.has("DisplayAmount") && !d.get("DisplayAmount").equals(amount)) {
            return Optional.of(VakifKatilimCodes.INVALID_AMOUNT);
        }
        String currency = d.get("FECCurrencyCode");
        if (!CURRENCIES.contains(currency)
                || d.has("CurrencyCode") && !d.get("CurrencyCode").equals(currency)) {
            return Optional.of(VakifKatilimCodes.CURRENCY);
        }
        if (card
                && (!CardNumbers.wellFormed(d.get("CardNumber"))
                        || !d.get("CardExpireDateYear").matches("\\d{2}")
                        || !d.get("CardExpireDateMonth").matches("0[1-9]|1[0-2]")
                        || !d.get("CardCVV2").matches("\\d{3,4}"))) {
            return Optional.of(VakifKatilimCodes.INVALID_CARD);
        }
        if (books.ledger().hasApproved(FAMILY, m.merchantId(), orderId)) {
            return Optional.of(VakifKatilimCodes.DUPLICATE);
        }
        return Optional.empty();
    }

    /**
     * ThreeDModelPayGate, server to server: the message with the card, OkUrl and FailUrl (in the hash). Answers the
     * HTML page that takes the payer to the ACS, or — card not enrolled, or a refused message of a known merchant —
     * a page that posts the refusal straight back to the FailUrl.
     */
    private VakifKatilimReply enroll(VakifKatilimDocument d, URI familyBase) {
        String orderId = d.get("MerchantOrderId");
        String okUrl = d.get("OkUrl");
        String failUrl = d.get("FailUrl");
        if (!okUrl.matches("https?://\\S{1,500}") || !failUrl.matches("https?://\\S{1,500}")) {
            return VakifKatilimBooks.refusal(VakifKatilimCodes.INVALID_REQUEST, orderId);
        }
        Checked checked = checks.check(d, true, true);
        if (checked.merchant().isEmpty()) {
            return VakifKatilimBooks.refusal(checked.refusal(), orderId);
        }
        Merchant m = checked.merchant().get();
        Optional<String> refusal = checked.passed() ? paymentFields(d, m, "3", true) : Optional.of(checked.refusal());
        if (refusal.isEmpty() && VakifKatilimOutcomes.NOT_ENROLLED_CARD.equals(d.get("CardNumber"))) {
            refusal = Optional.of(VakifKatilimCodes.NOT_ENROLLED);
        }
        if (refusal.isPresent()) {
            return VakifKatilimReply.html(
                    200, VakifKatilimPages.callbackPage(failUrl, refusal.get(), orderId, m, null));
        }
        VakifKatilimSession s = new VakifKatilimSession(
                m,
                orderId,
                Long.parseLong(d.get("Amount")),
                d.get("FECCurrencyCode"),
                d.get("InstallmentCount"),
                okUrl,
                failUrl,
                false);
        s.card(d.get("CardNumber"), d.get("CardExpireDateYear"), d.get("CardExpireDateMonth"));
        String md = ids.md();
        sessions.put(md, s);
        return VakifKatilimReply.html(
                200, VakifKatilimWriter.autoPost("3D Secure", familyBase + ACS, Map.of("MD", md)));
    }

    /**
     * ThreeDModelProvisionGate: the MD of an authenticated session of the same merchant and order, with the session's
     * amount and installments (the message carries no currency: the session's is booked).
     */
    private VakifKatilimReply provision(VakifKatilimDocument d) {
        String orderId = d.get("MerchantOrderId");
        Checked checked = checks.check(d, true, false);
        if (!checked.passed()) {
            return VakifKatilimBooks.refusal(checked.refusal(), orderId);
        }
        if (!"3".equals(d.get("TransactionSecurity"))) {
            return VakifKatilimBooks.refusal(VakifKatilimCodes.SECURITY, orderId);
        }
        String key = d.get("AdditionalData.AdditionalDataList.VPosAdditionalData.Key");
        String md = d.get("AdditionalData.AdditionalDataList.VPosAdditionalData.Data");
        if (!"MD".equals(key) || md.isEmpty()) {
            return VakifKatilimBooks.refusal(VakifKatilimCodes.EMPTY_MD, orderId);
        }
        Merchant m = checked.merchant().get();
        VakifKatilimSession s = sessions.get(md);
        if (s == null
                || s.hostPage
                || !s.merchant.merchantId().equals(m.merchantId())
                || !s.merchantOrderId.equals(orderId)
                || !Long.toString(s.kurus).equals(d.get("Amount"))
                || !s.installments.equals(d.get("InstallmentCount"))
                || !s.move(VakifKatilimSession.State.AUTHENTICATED, VakifKatilimSession.State.PROVISIONED)) {
            return VakifKatilimBooks.refusal(VakifKatilimCodes.NO_METADATA, orderId);
        }
        Verdict v = outcomes.outcome(s.pan(), s.expiryYear(), s.expiryMonth(), s.kurus, true);
        if (v.fault() == Fault.HTTP_500) {
            return serverError();
        }
        return books.authorization(m, orderId, s.kurus, s.currency, s.installments, s.pan(), v.code(), LedgerType.SALE)
                .map(b -> books.answer(b, m, "3", v.message(), v.fault()))
                .orElseGet(() -> VakifKatilimBooks.refusal(VakifKatilimCodes.DUPLICATE, orderId));
    }

    static Map<String, String> form(byte[] body) {
        return FormParameters.firstValues(null, body);
    }

    private static VakifKatilimReply notFound() {
        return VakifKatilimReply.html(404, HtmlErrorPage.html(404, "Not Found", "No such Vakıf Katılım resource."));
    }

    private static VakifKatilimReply serverError() {
        return VakifKatilimReply.html(
                500, HtmlErrorPage.html(500, "Internal Server Error", "The server encountered an internal error."));
    }
}
