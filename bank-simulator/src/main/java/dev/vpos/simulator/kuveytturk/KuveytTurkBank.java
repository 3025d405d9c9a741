package dev.vpos.simulator.kuveytturk;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.kuveytturk.KuveytTurkMerchants.Merchant;
import dev.vpos.simulator.kuveytturk.KuveytTurkOutcomes.Fault;
import dev.vpos.simulator.kuveytturk.KuveytTurkOutcomes.Verdict;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The simulated KuveytTürk bank without HTTP. {@link #handle} takes a path below {@code /kuveytturk}:
 * {@code /boa.virtualpos.services/Home/Non3DPayGate} (non-3D sale), {@code .../ThreeDModelPayGate} (3-D enrollment:
 * answers the page that sends the browser to the ACS), {@code .../ThreeDModelProvisionGate} (provision with the MD),
 * {@code /acs} and {@code /acs/verify} (the ACS password page and its answer, which posts the callback to the
 * merchant) and the SOAP service (cancel, refund, order detail). Payments are checked (credentials, hash, fields) the
 * way the bank does, answered by {@link KuveytTurkOutcomes} and booked in the {@link Ledger}; failed checks are
 * answered and never booked.
 */
public final class KuveytTurkBank {

    public static final String FAMILY = "KUVEYT_TURK";
    public static final String GATES = "/boa.virtualpos.services/Home/";
    public static final String NON_3D = GATES + "Non3DPayGate";
    public static final String ENROLLMENT = GATES + "ThreeDModelPayGate";
    public static final String PROVISION = GATES + "ThreeDModelProvisionGate";
    public static final String ACS = "/acs";
    public static final String ACS_VERIFY = "/acs/verify";
    public static final String SERVICE =
            "/BOA.Integration.WCFService/BOA.Integration.VirtualPos/VirtualPosService.svc/Basic";
    static final String OTP = "123456";

    private static final Set<String> CURRENCIES = Set.of("0949", "0840", "0978");

    private final KuveytTurkMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;
    private final KuveytTurkOutcomes outcomes;
    private final KuveytTurkIdentifiers ids;
    private final Map<String, KuveytTurkSession> sessions = new ConcurrentHashMap<>();
    private final KuveytTurkAcs acs;
    private final KuveytTurkService service;

    public KuveytTurkBank(KuveytTurkMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
        this.outcomes = new KuveytTurkOutcomes(clock);
        this.ids = new KuveytTurkIdentifiers(clock, random);
        this.acs = new KuveytTurkAcs(sessions, clock);
        this.service = new KuveytTurkService(merchants, ledger, clock, ids);
    }

    /** {@code familyBase} is the absolute URL of {@code /kuveytturk} on this server (for the ACS page's links). */
    public KuveytTurkReply handle(String path, byte[] body, String contentType, String soapAction, URI familyBase) {
        return switch (path) {
            case NON_3D -> payment(body, contentType, "1", false);
            case PROVISION -> payment(body, contentType, "3", true);
            case ENROLLMENT -> enroll(body, contentType, familyBase);
            case ACS -> acs.page(form(body), familyBase);
            case ACS_VERIFY -> acs.verify(form(body));
            case SERVICE -> service.handle(body, contentType, soapAction);
            default -> KuveytTurkReply.html(404, HtmlErrorPage.html(404, "Not Found", "No such KuveytTürk resource."));
        };
    }

    private KuveytTurkReply payment(byte[] body, String contentType, String security, boolean provision) {
        Optional<KuveytTurkDocument> read =
                KuveytTurkDocument.read(body, contentType).filter(d -> "KuveytTurkVPosMessage".equals(d.root()));
        if (read.isEmpty()) {
            return error(KuveytTurkCodes.INVALID_REQUEST, "");
        }
        KuveytTurkDocument d = read.get();
        Optional<Merchant> merchant = merchants.identify(d.get("MerchantId"), d.get("CustomerId"), d.get("UserName"));
        Optional<String> failure = merchant.isEmpty()
                ? Optional.of(KuveytTurkCodes.API_USER)
                : firstFailure(d, merchant.get(), security, !provision);
        String orderId = d.get("MerchantOrderId");
        if (failure.isPresent()) {
            return error(failure.get(), orderId);
        }
        long kurus = Long.parseLong(d.get("Amount"));
        String pan = d.get("CardNumber");
        String yy = d.get("CardExpireDateYear");
        String mm = d.get("CardExpireDateMonth");
        if (provision) {
            String md = "MD".equals(d.get("KuveytTurkVPosAdditionalData.AdditionalData.Key"))
                    ? d.get("KuveytTurkVPosAdditionalData.AdditionalData.Data")
                    : "";
            if (md.isEmpty()) {
                return error(KuveytTurkCodes.EMPTY_MD, orderId);
            }
            KuveytTurkSession s = sessions.get(md);
            if (s == null
                    || !s.merchant.merchantId().equals(merchant.get().merchantId())
                    || !s.merchantOrderId.equals(orderId)
                    || s.amountKurus != kurus
                    || !s.currency.equals(d.get("CurrencyCode"))
                    || !s.installments.equals(d.get("InstallmentCount"))
                    || !s.move(KuveytTurkSession.State.AUTHENTICATED, KuveytTurkSession.State.PROVISIONED)) {
                return error(KuveytTurkCodes.NO_METADATA, orderId);
            }
            pan = s.pan;
            yy = s.expiryYear;
            mm = s.expiryMonth;
        }
        Verdict verdict = outcomes.outcome(pan, yy, mm, kurus);
        if (verdict.fault() == Fault.HTTP_500) {
            return KuveytTurkReply.html(
                    500,
                    HtmlErrorPage.html(
                            500,
                            "Internal Server Error",
                            "The server encountered an internal error and was unable to complete your request."));
        }
        return answer(d, merchant.get(), pan, kurus, verdict, security);
    }

    private Optional<String> firstFailure(KuveytTurkDocument d, Merchant m, String security, boolean needsCard) {
        String expectedHash = KuveytTurkHashes.request(
                m.merchantId(),
                d.get("MerchantOrderId"),
                d.get("Amount"),
                d.get("OkUrl"),
                d.get("FailUrl"),
                m.userName(),
                m.hashedPassword());
        if (!KuveytTurkHashes.matches(expectedHash, d.get("HashData"))) {
            return Optional.of(KuveytTurkCodes.HASH_ERROR);
        }
        if (!security.equals(d.get("TransactionSecurity"))) {
            return Optional.of(KuveytTurkCodes.SECURITY);
        }
        String orderId = d.get("MerchantOrderId");
        if (!"Sale".equals(d.get("TransactionType"))
                || orderId.isEmpty()
                || orderId.length() > 50
                || !d.get("InstallmentCount").matches("\\d{1,2}")) {
            return Optional.of(KuveytTurkCodes.INVALID_REQUEST);
        }
        String amount = d.get("Amount");
        if (!amount.matches("[1-9]\\d{0,11}")
                || !d.get("DisplayAmount").isEmpty() && !d.get("DisplayAmount").equals(amount)) {
            return Optional.of(KuveytTurkCodes.INVALID_AMOUNT);
        }
        if (!CURRENCIES.contains(d.get("CurrencyCode"))) {
            return Optional.of(KuveytTurkCodes.CURRENCY);
        }
        if (needsCard && !CardNumbers.wellFormed(d.get("CardNumber"))) {
            return Optional.of(KuveytTurkCodes.INVALID_CARD);
        }
        if (ledger.hasApproved(FAMILY, m.merchantId(), orderId)) {
            return Optional.of(KuveytTurkCodes.DUPLICATE);
        }
        return Optional.empty();
    }

    /** Books the issuer's answer (approved or declined) and writes it, with its fault. */
    private KuveytTurkReply answer(
            KuveytTurkDocument d, Merchant m, String pan, long kurus, Verdict verdict, String security) {
        String stan = ids.stan();
        String rrn = ids.rrn(stan);
        String bankOrderId = KuveytTurkIdentifiers.orderId(rrn);
        String provision = verdict.approved() ? ids.provisionNumber() : "";
        String orderId = d.get("MerchantOrderId");
        int batch = ledger.openBatch(FAMILY);
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                m.merchantId(),
                orderId,
                BigDecimal.valueOf(kurus, 2),
                d.get("CurrencyCode"),
                Math.max(1, Integer.parseInt(d.get("InstallmentCount"))),
                CardNumbers.mask(pan),
                verdict.code(),
                provision,
                rrn,
                stan,
                Integer.toString(batch),
                now(),
                LedgerType.SALE);
        if (!ledger.record(entry)) {
            return error(KuveytTurkCodes.DUPLICATE, orderId);
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("OrderId", bankOrderId);
        message.put("MerchantId", m.merchantId());
        message.put("SubMerchantId", "0");
        message.put("CustomerId", m.customerId());
        message.put("UserName", "");
        message.put("HashPassword", "");
        message.put("CardNumber", CardNumbers.mask(pan));
        message.put("BatchID", Integer.toString(batch));
        message.put("InstallmentCount", d.get("InstallmentCount"));
        message.put("Amount", Long.toString(kurus));
        message.put("MerchantOrderId", orderId);
        message.put("FECAmount", "0");
        message.put("CurrencyCode", d.get("CurrencyCode").replaceFirst("^0", ""));
        message.put("TransactionSecurity", security);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("VPosMessage", message);
        f.put("IsEnrolled", "true");
        f.put("IsVirtual", "false");
        f.put("ProvisionNumber", provision);
        f.put("RRN", rrn);
        f.put("Stan", stan);
        f.put("ResponseCode", verdict.code());
        f.put("ResponseMessage", verdict.message());
        f.put("OrderId", bankOrderId);
        f.put(
                "TransactionTime",
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        f.put("MerchantOrderId", orderId);
        f.put("HashData", KuveytTurkHashes.response(orderId, rrn, verdict.code(), bankOrderId, m.hashedPassword()));
        f.put("BusinessKey", "0");
        byte[] xml = KuveytTurkWriter.contract(f).getBytes(StandardCharsets.UTF_8);
        if (verdict.fault() == Fault.MALFORMED) {
            xml = Arrays.copyOf(xml, xml.length / 2);
        }
        return new KuveytTurkReply(200, KuveytTurkWriter.XML_TYPE, xml, verdict.fault());
    }

    private KuveytTurkReply enroll(byte[] body, String contentType, URI familyBase) {
        Optional<KuveytTurkDocument> read =
                KuveytTurkDocument.read(body, contentType).filter(d -> "KuveytTurkVPosMessage".equals(d.root()));
        if (read.isEmpty()) {
            return error(KuveytTurkCodes.INVALID_REQUEST, "");
        }
        KuveytTurkDocument d = read.get();
        String failUrl = d.get("FailUrl");
        String okUrl = d.get("OkUrl");
        if (!failUrl.matches("https?://\\S+") || !okUrl.matches("https?://\\S+")) {
            return error(KuveytTurkCodes.INVALID_REQUEST, d.get("MerchantOrderId"));
        }
        Optional<Merchant> merchant = merchants.identify(d.get("MerchantId"), d.get("CustomerId"), d.get("UserName"));
        Optional<String> failure =
                merchant.isEmpty() ? Optional.of(KuveytTurkCodes.API_USER) : firstFailure(d, merchant.get(), "3", true);
        if (failure.isEmpty() && KuveytTurkOutcomes.NOT_ENROLLED_CARD.equals(d.get("CardNumber"))) {
            failure = Optional.of(KuveytTurkCodes.NOT_ENROLLED);
        }
        if (failure.isPresent()) {
            String code = failure.get();
            return KuveytTurkReply.html(
                    200,
                    KuveytTurkAcs.callbackPage(
                            failUrl,
                            KuveytTurkAcs.refusal(
                                    code,
                                    d.get("MerchantOrderId"),
                                    merchant.map(Merchant::hashedPassword).orElse(null),
                                    clock)));
        }
        String md = ids.md();
        sessions.put(
                md,
                new KuveytTurkSession(
                        merchant.get(),
                        d.get("MerchantOrderId"),
                        Long.parseLong(d.get("Amount")),
                        d.get("CurrencyCode"),
                        d.get("InstallmentCount"),
                        d.get("CardNumber"),
                        d.get("CardExpireDateYear"),
                        d.get("CardExpireDateMonth"),
                        okUrl,
                        failUrl));
        return KuveytTurkReply.html(200, KuveytTurkWriter.autoPost("3D Secure", familyBase + ACS, Map.of("MD", md)));
    }

    private KuveytTurkReply error(String code, String merchantOrderId) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("IsEnrolled", "false");
        f.put("IsVirtual", "false");
        f.put("ResponseCode", code);
        f.put("ResponseMessage", KuveytTurkCodes.message(code));
        f.put("OrderId", "0");
        f.put("TransactionTime", "0001-01-01T00:00:00");
        if (!merchantOrderId.isEmpty()) {
            f.put("MerchantOrderId", merchantOrderId);
        }
        f.put("BusinessKey", "0");
        return KuveytTurkReply.xml(KuveytTurkWriter.contract(f));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    static Map<String, String> form(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    fields.putIfAbsent(
                            java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    // skipped, as a lenient web server would
                }
            }
        }
        return fields;
    }
}
