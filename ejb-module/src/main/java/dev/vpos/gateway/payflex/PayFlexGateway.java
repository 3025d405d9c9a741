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
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
public class PayFlexGateway extends BankAdapter {

    static final String APPROVED = "0000";
    /** Key of the bank's TransactionId in {@link GatewayResult#references()}. */
    static final String REF_TRANSACTION_ID = "transactionId";
    /** Bank codes of failed 3-D authentications (the MPI's enrollment/authentication status), see V25. */
    static final String MPI_PREFIX = "MPI:";

    private static final SecureRandom RANDOM = new SecureRandom();

    public PayFlexGateway() {
        super(
                GatewayFamily.PAYFLEX,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.PRE_AUTH,
                        GatewayOperation.CAPTURE,
                        GatewayOperation.PARTIAL_CAPTURE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D));
    }

    PayFlexGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    // ---------------------------------------------------------------------------------------------- status

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        PayFlexCredentials c = PayFlexCredentials.of(account);
        if (c.searchUrl().isEmpty()) {
            return new ConnectionCheck(false, false, null, NO_SEARCH_URL, BankExchange.nothingSent(NO_SEARCH_URL));
        }
        String probe =
                "VPTEST" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toUpperCase(java.util.Locale.ROOT);
        BankReply<PayFlexXml.Parsed> reply = send(c.searchUrl().get(), search(c, "", probe), account);
        if (!reply.reached() || reply.httpStatus() == null) {
            return new ConnectionCheck(false, false, null, reply.exchange().failure(), reply.exchange());
        }
        if (!reply.answered() || !reply.get().has("ResponseInfo/ResponseCode")) {
            return new ConnectionCheck(
                    true, false, null, "no readable search answer (HTTP " + reply.httpStatus() + ")", reply.exchange());
        }
        String code = reply.get().get("ResponseInfo/ResponseCode");
        return new ConnectionCheck(
                true, APPROVED.equals(code), code, reply.get().get("ResponseInfo/ResponseMessage"), reply.exchange());
    }

    private static final String NO_SEARCH_URL =
            "no search URL: set searchUrl (the endpoint does not end in " + PayFlexCredentials.API_PATH + ")";

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        PayFlexCredentials c = PayFlexCredentials.of(account);
        if (c.searchUrl().isEmpty()) {
            return GatewayResult.unknown(BankExchange.nothingSent(NO_SEARCH_URL));
        }
        return PayFlexStatusReading.read(bankOrderId, send(c.searchUrl().get(), search(c, "", bankOrderId), account));
    }

    /**
     * The order's transactions from the search service: the order's own (by {@code OrderId}) and each follow-up we
     * sent (by the {@code TransactionId} we gave it — a follow-up has no {@code OrderId} of its own), see
     * {@link PayFlexHistoryReading}. One search that cannot be asked or read makes the whole history unanswered.
     */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        PayFlexCredentials c = PayFlexCredentials.of(account);
        if (c.searchUrl().isEmpty()) {
            return OrderHistory.notAnswered(BankExchange.nothingSent(NO_SEARCH_URL));
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        BankExchange exchange = null;
        List<PayFlexMessage> searches = new ArrayList<>();
        searches.add(search(c, "", inquiry.bankOrderId()));
        inquiry.operationIds().stream()
                .filter(id -> !id.isBlank() && !id.equals(inquiry.bankOrderId()))
                .distinct()
                .forEach(id -> searches.add(search(c, id, "")));
        for (PayFlexMessage search : searches) {
            PayFlexHistoryReading.Found found =
                    PayFlexHistoryReading.read(inquiry, send(c.searchUrl().get(), search, account));
            exchange = exchange == null ? found.exchange() : exchange.then(found.exchange());
            if (found.problem() != null) {
                return OrderHistory.notAnswered(exchange.withFailure(found.problem()));
            }
            found.line().ifPresent(lines::add);
        }
        return OrderHistory.of(lines, true, inquiry.currency(), exchange);
    }

    /** A {@code SearchRequest} by our order id, or by a transaction's own id (which wins when both are given). */
    private static PayFlexMessage search(PayFlexCredentials c, String transactionId, String orderId) {
        Map<String, Object> merchant = new LinkedHashMap<>();
        merchant.put("HostMerchantId", c.merchantId());
        merchant.put("MerchantPassword", c.password());
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("TransactionId", transactionId);
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
                c.endpoint(),
                request,
                account,
                new PayFlexAnswers.Expect(s.bankOrderId(), s.bankOrderId(), null, s.amount()));
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
                new PayFlexAnswers.Expect(null, u.operationId(), reference, withAmount ? u.amount() : null));
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
        return PayFlexEnrollmentReading.read(
                s.bankOrderId(), send(c.enrollmentUrl().get(), PayFlexMessage.enrollment(f), account));
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
                new PayFlexAnswers.Expect(s.bankOrderId(), s.bankOrderId(), null, s.amount()));
        return ThreeDsFinish.completed(result, log);
    }

    // ---------------------------------------------------------------------------------------------- wire

    private BankReply<PayFlexXml.Parsed> send(URI uri, PayFlexMessage message, GatewayAccount account) {
        return channel().send(message.to(uri), account, PayFlexXml.ANSWER);
    }

    private GatewayResult provision(
            URI endpoint, PayFlexMessage request, GatewayAccount account, PayFlexAnswers.Expect expect) {
        return PayFlexAnswers.interpret(send(endpoint, request, account), expect);
    }

    /** Refused before anything left the building (unsupported currency or model, missing setting). */
    private static GatewayResult refusedHere(String why) {
        return GatewayResult.notSent(why);
    }
}
