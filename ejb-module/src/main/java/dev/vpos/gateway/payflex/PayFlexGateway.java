package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * VakıfBank VPOS 7/24 with the PayFlex MPI. Non-3D and follow-ups: a {@code VposRequest} XML in the form field
 * {@code prmstr} posted to {@code Vposreq.aspx}; status: a {@code SearchRequest} to the search service; 3-D (model
 * THREE_D only): a server-to-server enrollment call to the MPI, the payer's browser posts {@code PaReq/TermUrl/MD} to
 * the ACS, the MPI posts the result to our callback, and we send the provision with ECI, CAVV and the MPI
 * transaction id, which needs the card again.
 *
 * <p>Our order id is sent as {@code OrderId} and as {@code TransactionId} (PayFlex lets the merchant choose it and
 * refuses a reused one with 1006); a follow-up sends its own operation id as {@code TransactionId}, so a retried
 * refund cannot be booked twice, and refers to the original by {@code ReferenceTransactionId}.
 */
@ApplicationScoped
public class PayFlexGateway implements PaymentGateway {

    static final String APPROVED = "0000";
    /** Key of the bank's TransactionId in {@link GatewayResult#references()}. */
    static final String REF_TRANSACTION_ID = "transactionId";
    /** Bank codes of failed 3-D authentications (the MPI's enrollment/authentication status), see V25. */
    static final String MPI_PREFIX = "MPI:";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    BankHttpTransport transport;

    public PayFlexGateway() {}

    PayFlexGateway(BankHttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public GatewayFamily family() {
        return GatewayFamily.PAYFLEX;
    }

    @Override
    public Set<GatewayOperation> operations() {
        return EnumSet.of(
                GatewayOperation.SALE,
                GatewayOperation.PRE_AUTH,
                GatewayOperation.CAPTURE,
                GatewayOperation.PARTIAL_CAPTURE,
                GatewayOperation.VOID,
                GatewayOperation.REFUND,
                GatewayOperation.PARTIAL_REFUND,
                GatewayOperation.STATUS);
    }

    @Override
    public Set<PaymentModel> paymentModels() {
        return EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D);
    }

    // ---------------------------------------------------------------------------------------------- status

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        PayFlexCredentials c = PayFlexCredentials.of(account);
        if (c.searchUrl().isEmpty()) {
            return new ConnectionCheck(
                    false, false, null, NO_SEARCH_URL, new BankExchange(null, 0, null, null, NO_SEARCH_URL));
        }
        String probe =
                "VPTEST" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toUpperCase(java.util.Locale.ROOT);
        PayFlexMessage query = searchRequest(c, probe);
        Sent sent = send(c.searchUrl().get(), query, account);
        if (sent.failure() != null) {
            return new ConnectionCheck(
                    false,
                    false,
                    null,
                    sent.failure().exchange().failure(),
                    sent.failure().exchange());
        }
        BankExchange exchange = sent.exchange(null);
        Optional<PayFlexXml.Parsed> parsed =
                sent.answer().status() == 200 ? PayFlexXml.parse(sent.answer().body()) : Optional.empty();
        if (parsed.isEmpty() || !parsed.get().has("ResponseInfo/ResponseCode")) {
            return new ConnectionCheck(
                    true,
                    false,
                    null,
                    "no readable search answer (HTTP " + sent.answer().status() + ")",
                    exchange);
        }
        String code = parsed.get().get("ResponseInfo/ResponseCode");
        return new ConnectionCheck(
                true, APPROVED.equals(code), code, parsed.get().get("ResponseInfo/ResponseMessage"), exchange);
    }

    private static final String NO_SEARCH_URL =
            "no search URL: set searchUrl (the endpoint does not end in " + PayFlexCredentials.API_PATH + ")";

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        PayFlexCredentials c = PayFlexCredentials.of(account);
        if (c.searchUrl().isEmpty()) {
            return GatewayResult.unknown(new BankExchange(null, 0, null, null, NO_SEARCH_URL));
        }
        Sent sent = send(c.searchUrl().get(), searchRequest(c, bankOrderId), account);
        if (sent.failure() != null) {
            // a status inquiry never changes anything: not reaching the bank only means we still do not know
            return GatewayResult.unknown(sent.failure().exchange());
        }
        return PayFlexStatusReading.read(bankOrderId, sent.answer(), sent.exchange(null));
    }

    private static PayFlexMessage searchRequest(PayFlexCredentials c, String orderId) {
        Map<String, Object> merchant = new LinkedHashMap<>();
        merchant.put("HostMerchantId", c.merchantId());
        merchant.put("MerchantPassword", c.password());
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("TransactionId", "");
        criteria.put("OrderId", orderId);
        criteria.put("AuthCode", "");
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MerchantCriteria", merchant);
        f.put("TransactionCriteria", criteria);
        return PayFlexMessage.searchRequest(f);
    }

    // ---------------------------------------------------------------------------------------------- non-3D

    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return authorize(instruction, AuthorizationKind.SALE, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction instruction, GatewayAccount account) {
        return authorize(instruction, AuthorizationKind.PRE_AUTH, account);
    }

    private GatewayResult authorize(SaleInstruction s, AuthorizationKind kind, GatewayAccount account) {
        if (!PayFlexFormats.supports(s.amount())) {
            return refusedHere("PAYFLEX takes TRY, USD, EUR and GBP only, not "
                    + s.amount().currencyCode());
        }
        PayFlexCredentials c = PayFlexCredentials.of(account);
        Map<String, Object> f = authorization(
                c,
                kind,
                s.bankOrderId(),
                s.amount(),
                s.installments(),
                s.customerIp(),
                s.card(),
                s.expiry(),
                s.cvv(),
                null);
        PayFlexMessage request = PayFlexMessage.vposRequest(f);
        return provision(
                c.endpoint(), request, account, new Expect(s.bankOrderId(), s.bankOrderId(), null, s.amount()));
    }

    private static Map<String, Object> authorization(
            PayFlexCredentials c,
            AuthorizationKind kind,
            String orderId,
            Money amount,
            int installments,
            String customerIp,
            CardNumber card,
            CardExpiry expiry,
            String cvv,
            String holderName) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MerchantId", c.merchantId());
        f.put("Password", c.password());
        f.put("TerminalNo", c.terminalNo());
        f.put("TransactionType", kind == AuthorizationKind.PRE_AUTH ? "Auth" : "Sale");
        f.put("TransactionId", orderId);
        f.put("OrderId", orderId);
        f.put("CurrencyAmount", PayFlexFormats.amount(amount));
        f.put("CurrencyCode", PayFlexFormats.currency(amount));
        PayFlexFormats.installments(installments).ifPresent(n -> f.put("NumberOfInstallments", n));
        f.put("ClientIp", customerIp == null || customerIp.isBlank() ? c.serverIp() : customerIp);
        f.put("TransactionDeviceSource", "0");
        if (holderName != null && !holderName.isBlank()) {
            f.put("CardHoldersName", holderName);
        }
        f.put("Pan", card.digits());
        f.put("Expiry", PayFlexFormats.expiryLong(expiry));
        if (cvv != null && !cvv.isBlank()) {
            f.put("Cvv", cvv);
        }
        return f;
    }

    // ---------------------------------------------------------------------------------------------- follow-ups

    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        return followUp("Capture", followUp, account, true, true);
    }

    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return followUp("Cancel", followUp, account, false, false);
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return followUp("Refund", followUp, account, true, false);
    }

    private GatewayResult followUp(
            String type, FollowUp u, GatewayAccount account, boolean withAmount, boolean withTerminalAndCurrency) {
        if (withAmount && !PayFlexFormats.supports(u.amount())) {
            return refusedHere("PAYFLEX takes TRY, USD, EUR and GBP only, not "
                    + u.amount().currencyCode());
        }
        PayFlexCredentials c = PayFlexCredentials.of(account);
        String reference =
                u.reference(REF_TRANSACTION_ID).isEmpty() ? u.bankOrderId() : u.reference(REF_TRANSACTION_ID);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MerchantId", c.merchantId());
        f.put("Password", c.password());
        if (withTerminalAndCurrency) {
            f.put("TerminalNo", c.terminalNo());
        }
        f.put("TransactionType", type);
        f.put("TransactionId", u.operationId());
        f.put("ReferenceTransactionId", reference);
        if (withAmount) {
            f.put("CurrencyAmount", PayFlexFormats.amount(u.amount()));
        }
        if (withTerminalAndCurrency) {
            f.put("CurrencyCode", PayFlexFormats.currency(u.amount()));
        }
        f.put("ClientIp", c.serverIp());
        return provision(
                c.endpoint(),
                PayFlexMessage.vposRequest(f),
                account,
                new Expect(null, u.operationId(), reference, withAmount ? u.amount() : null));
    }

    // ---------------------------------------------------------------------------------------------- 3-D

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest r, GatewayAccount account) {
        if (r.model() != PaymentModel.THREE_D) {
            return ThreeDsStart.failed(
                    refusedHere("PAYFLEX offers 3-D Secure as THREE_D only (MPI + provision), not " + r.model()));
        }
        ThreeDsSale s = r.sale();
        if (!s.hasCard() || s.expiry() == null) {
            return ThreeDsStart.failed(refusedHere("THREE_D at PAYFLEX needs the card for the MPI enrollment"));
        }
        if (!PayFlexFormats.supports(s.amount())) {
            return ThreeDsStart.failed(refusedHere("PAYFLEX takes TRY, USD, EUR and GBP only, not "
                    + s.amount().currencyCode()));
        }
        PayFlexCredentials c = PayFlexCredentials.of(account);
        if (c.enrollmentUrl().isEmpty()) {
            return ThreeDsStart.failed(
                    refusedHere("no MPI enrollment URL: set enrollmentUrl (the endpoint does not end in "
                            + PayFlexCredentials.API_PATH + ")"));
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MerchantId", c.merchantId());
        f.put("MerchantPassword", c.password());
        f.put("MerchantType", "0");
        f.put("PurchaseAmount", PayFlexFormats.amount(s.amount()));
        f.put("VerifyEnrollmentRequestId", s.bankOrderId());
        f.put("Currency", PayFlexFormats.currency(s.amount()));
        f.put("SuccessUrl", r.successUrl().toString());
        f.put("FailureUrl", r.failureUrl().toString());
        f.put("Pan", s.card().digits());
        f.put("ExpiryDate", PayFlexFormats.expiryShort(s.expiry()));
        PayFlexFormats.brand(s.card()).ifPresent(b -> f.put("BrandName", b));
        f.put("IsRecurring", "false");
        PayFlexFormats.installments(s.installments()).ifPresent(n -> f.put("InstallmentCount", n));
        f.put("SessionInfo", s.bankOrderId());
        Sent sent = send(c.enrollmentUrl().get(), PayFlexMessage.enrollment(f), account);
        if (sent.failure() != null) {
            return ThreeDsStart.failed(sent.failure());
        }
        return PayFlexEnrollmentReading.read(s.bankOrderId(), sent.answer(), sent.exchange(null));
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        PayFlexCredentials c = PayFlexCredentials.of(account);
        BankExchange log = new BankExchange(null, 0, null, PayFlexMessage.maskedForm(callback.posted()), null);
        if (callback.model() != PaymentModel.THREE_D) {
            return ThreeDsFinish.rejected("PAYFLEX offers 3-D Secure as THREE_D only, not " + callback.model(), log);
        }
        Optional<String> mismatch = PayFlexCallbackCheck.mismatch(callback, c.merchantId());
        if (mismatch.isPresent()) {
            return ThreeDsFinish.rejected(mismatch.get(), log);
        }
        String status = callback.field("Status").orElse("");
        if (!PayFlexCallbackCheck.authenticated(status)) {
            String code = callback.field("ErrorCode")
                    .filter(e -> !e.isBlank())
                    .map(e -> " [" + e + "]")
                    .orElse("");
            String message = callback.field("ErrorMessage")
                    .filter(m -> !m.isBlank())
                    .orElse("3-D Secure authentication failed (Status " + status + ")");
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED, MPI_PREFIX + status, message + code, null, null, null, log),
                    log);
        }
        String eci = callback.field("Eci").orElse("");
        String cavv = callback.field("Cavv").orElse("");
        if (eci.isBlank() || cavv.isBlank()) {
            return ThreeDsFinish.rejected("callback says authenticated but carries no ECI/CAVV", log);
        }
        ThreeDsSale s = callback.expected();
        if (!s.hasCard() || s.expiry() == null) {
            return ThreeDsFinish.rejected(
                    "card no longer held by this node: the PayFlex provision needs the card again,"
                            + " nothing was sent to the bank",
                    log);
        }
        Map<String, Object> f = authorization(
                c,
                callback.kind(),
                s.bankOrderId(),
                s.amount(),
                s.installments(),
                s.customerIp(),
                s.card(),
                s.expiry(),
                s.cvv(),
                s.holderName());
        // the MPI data go after the amount, as VakıfBank's examples order them; order does not matter to the bank
        f.put("ECI", eci);
        f.put("CAVV", cavv);
        f.put("MpiTransactionId", callback.field("VerifyEnrollmentRequestId").orElseThrow());
        GatewayResult result = provision(
                c.endpoint(),
                PayFlexMessage.vposRequest(f),
                account,
                new Expect(s.bankOrderId(), s.bankOrderId(), null, s.amount()));
        return ThreeDsFinish.completed(result, log);
    }

    // ---------------------------------------------------------------------------------------------- wire

    /** What an answer must match: our order id, the TransactionId we sent, the reference and the amount. */
    record Expect(String orderId, String transactionId, String referenceTransactionId, Money amount) {}

    private record Sent(HttpAnswer answer, String maskedRequest, GatewayResult failure) {

        BankExchange exchange(String failureText) {
            return new BankExchange(
                    answer.status(),
                    answer.latencyMs(),
                    maskedRequest,
                    PayFlexMessage.cap(PayFlexXml.text(answer.body())),
                    failureText);
        }
    }

    private Sent send(URI uri, PayFlexMessage message, GatewayAccount account) {
        String masked = message.masked();
        try {
            HttpAnswer answer = transport.post(
                    uri,
                    message.body(),
                    PayFlexMessage.FORM_CONTENT_TYPE,
                    account.connectTimeout(),
                    account.readTimeout());
            return new Sent(answer, masked, null);
        } catch (BankNotReachedException e) {
            return new Sent(
                    null,
                    masked,
                    GatewayResult.notSent(new BankExchange(null, e.latencyMs(), masked, null, e.getMessage())));
        } catch (BankAnswerUnknownException e) {
            return new Sent(
                    null,
                    masked,
                    GatewayResult.unknown(new BankExchange(null, e.latencyMs(), masked, null, e.getMessage())));
        }
    }

    private GatewayResult provision(URI endpoint, PayFlexMessage request, GatewayAccount account, Expect expect) {
        Sent sent = send(endpoint, request, account);
        if (sent.failure() != null) {
            return sent.failure();
        }
        return interpret(sent, expect);
    }

    static GatewayResult interpret(HttpAnswer answer, String maskedRequest, Expect expect) {
        return interpret(new Sent(answer, maskedRequest, null), expect);
    }

    private static GatewayResult interpret(Sent sent, Expect expect) {
        HttpAnswer answer = sent.answer();
        if (answer.status() != 200) {
            return GatewayResult.unknown(sent.exchange("bank answered HTTP " + answer.status()));
        }
        Optional<PayFlexXml.Parsed> parsed = PayFlexXml.parse(answer.body());
        if (parsed.isEmpty()
                || !"VposResponse".equals(parsed.get().root())
                || parsed.get().get("ResultCode").isEmpty()) {
            return GatewayResult.unknown(sent.exchange("unreadable answer from the bank"));
        }
        PayFlexXml.Parsed r = parsed.get();
        Optional<String> foreign = foreign(r, expect);
        if (foreign.isPresent()) {
            return GatewayResult.unknown(sent.exchange(foreign.get()));
        }
        BankExchange exchange = sent.exchange(null);
        String code = r.get("ResultCode");
        String transactionId = r.get("TransactionId");
        if (APPROVED.equals(code)) {
            String id = transactionId.isEmpty() ? expect.transactionId() : transactionId;
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    r.get("ResultDetail"),
                    r.get("AuthCode"),
                    r.get("Rrn"),
                    id,
                    Map.of(REF_TRANSACTION_ID, id),
                    exchange);
        }
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                code,
                r.get("ResultDetail"),
                null,
                emptyToNull(r.get("Rrn")),
                emptyToNull(transactionId),
                exchange);
    }

    /** Why the answer is not about what we sent, if it is not. */
    private static Optional<String> foreign(PayFlexXml.Parsed r, Expect expect) {
        if (expect.orderId() != null
                && !r.get("OrderId").isEmpty()
                && !r.get("OrderId").equals(expect.orderId())) {
            return Optional.of("answer is for order " + r.get("OrderId") + ", not " + expect.orderId());
        }
        if (expect.transactionId() != null
                && !r.get("TransactionId").isEmpty()
                && !r.get("TransactionId").equals(expect.transactionId())) {
            return Optional.of(
                    "answer is for transaction " + r.get("TransactionId") + ", not " + expect.transactionId());
        }
        if (expect.referenceTransactionId() != null
                && !r.get("ReferenceTransactionId").isEmpty()
                && !r.get("ReferenceTransactionId").equals(expect.referenceTransactionId())) {
            return Optional.of(
                    "answer refers to " + r.get("ReferenceTransactionId") + ", not " + expect.referenceTransactionId());
        }
        if (expect.amount() != null && !r.get("CurrencyAmount").isEmpty()) {
            Optional<BigDecimal> amount = PayFlexFormats.parseAmount(r.get("CurrencyAmount"));
            if (amount.isEmpty() || amount.get().compareTo(expect.amount().amount()) != 0) {
                return Optional.of("answer is for amount " + r.get("CurrencyAmount") + ", not "
                        + PayFlexFormats.amount(expect.amount()));
            }
        }
        return Optional.empty();
    }

    /** Refused before anything left the building (unsupported currency or model, missing setting). */
    private static GatewayResult refusedHere(String why) {
        return GatewayResult.notSent(new BankExchange(null, 0, null, null, why));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
