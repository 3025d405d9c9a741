package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.ExpectedPayments;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationVerdict;
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
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * PayMaster hosted payments (the LMI protocol): the payer's browser posts our payment form to {@code /Payment/Init};
 * PayMaster asks our inbox first (Invoice Confirmation, answered "YES" only for an order we expect), then notifies the
 * payment (signed with {@code LMI_HASH}) and sends the payer back to our callback. The return is not signed: it only
 * makes us ask the REST API ({@code getPaymentByInvoiceID}), which is also the janitor's status call.
 * {@code refundPayment} refunds all or part of a payment by PayMaster's payment id.
 */
@ApplicationScoped
public class PayMasterGateway extends BankAdapter {

    private static final Logger LOG = Logger.getLogger(PayMasterGateway.class.getName());

    @Inject
    ExpectedPayments expected;

    public PayMasterGateway() {
        super(
                GatewayFamily.PAYMASTER,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.THREE_D_HOST));
    }

    PayMasterGateway(BankHttpTransport transport, ExpectedPayments expected) {
        this();
        connect(transport);
        this.expected = expected;
    }

    private BankReply<HttpAnswer> send(BankRequest request, GatewayAccount account) {
        return channel().send(request, account, PayMasterApi.ANSWER);
    }

    /** The status of an invoice that cannot exist: "not found" proves the API answers and accepts the login. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        PayMasterCredentials c = PayMasterCredentials.of(account);
        String probe = "VPTEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        BankReply<HttpAnswer> reply = send(PayMasterApi.paymentByInvoice(c, probe), account);
        if (!reply.answered()) {
            return new ConnectionCheck(false, false, null, reply.exchange().failure(), reply.exchange());
        }
        HttpAnswer a = reply.get();
        BankExchange x = reply.exchange();
        Optional<PayMasterPayment> p = a.status() == 200 ? PayMasterPayment.parse(a.body()) : Optional.empty();
        if (p.isEmpty()) {
            return new ConnectionCheck(true, false, String.valueOf(a.status()), "no readable API answer", x);
        }
        int code = p.get().errorCode();
        boolean accepted = code == 0 || code == PayMasterPayment.NOT_FOUND;
        return new ConnectionCheck(
                true,
                accepted,
                String.valueOf(code),
                accepted ? "the REST API answered" : "the REST API refused the call (ErrorCode " + code + ")",
                x);
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return paymentOf(bankOrderId, PayMasterCredentials.of(account), account, null);
    }

    /**
     * COMPLETE is approved, CANCELLED declined, INITIATED and PROCESSING not known yet, "payment not found" (-13) no
     * such order. With {@code expected}, an amount or currency other than ours settles nothing.
     */
    private GatewayResult paymentOf(
            String bankOrderId, PayMasterCredentials c, GatewayAccount account, ThreeDsSale expectedSale) {
        BankReply<HttpAnswer> reply = send(PayMasterApi.paymentByInvoice(c, bankOrderId), account);
        if (!reply.answered()) {
            return reply.unknown();
        }
        HttpAnswer a = reply.get();
        BankExchange x = reply.exchange();
        Optional<PayMasterPayment> parsed = a.status() == 200 ? PayMasterPayment.parse(a.body()) : Optional.empty();
        if (parsed.isEmpty()) {
            return GatewayResult.unknown(x.withFailure("no readable status answer (HTTP " + a.status() + ")"));
        }
        PayMasterPayment p = parsed.get();
        if (p.errorCode() == PayMasterPayment.NOT_FOUND) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT,
                    String.valueOf(p.errorCode()),
                    "PayMaster has no payment for invoice " + bankOrderId,
                    null,
                    null,
                    null,
                    x);
        }
        if (p.errorCode() != 0) {
            return GatewayResult.unknown(x.withFailure("the status call failed with ErrorCode " + p.errorCode()));
        }
        if (!p.siteInvoiceId().isEmpty() && !p.siteInvoiceId().equals(bankOrderId)) {
            return GatewayResult.unknown(x.withFailure("the answer is for invoice " + p.siteInvoiceId()));
        }
        if (c.live() && p.testPayment()) {
            return GatewayResult.unknown(
                    x.withFailure("payment " + p.paymentId() + " is a test payment on a LIVE definition"));
        }
        if (expectedSale != null
                && p.amount() != null
                && (p.amount().compareTo(expectedSale.amount().amount()) != 0
                        || !PayMasterNotification.currency(p.currency())
                                .equals(expectedSale.amount().currencyCode()))) {
            return GatewayResult.unknown(x.withFailure("payment " + p.paymentId() + " is for " + p.amount() + " "
                    + p.currency() + ", not " + expectedSale.amount()));
        }
        Map<String, String> refs =
                p.paymentId().isEmpty() ? Map.of() : Map.of(PayMasterNotification.PAYMENT_ID, p.paymentId());
        String message = "State " + p.state() + (p.testPayment() ? " (test payment)" : "");
        return switch (p.state()) {
            case "COMPLETE" ->
                new GatewayResult(
                        GatewayOutcome.APPROVED, "COMPLETE", message, null, p.paymentId(), p.paymentId(), refs, x);
            case "CANCELLED" ->
                new GatewayResult(
                        GatewayOutcome.DECLINED, "CANCELLED", message, null, p.paymentId(), p.paymentId(), refs, x);
            default ->
                new GatewayResult(
                        GatewayOutcome.UNKNOWN,
                        p.state(),
                        message,
                        null,
                        p.paymentId(),
                        p.paymentId(),
                        refs,
                        x.withFailure("the payment is still " + p.state()));
        };
    }

    /** The order's payment and, once completed, its refunds: {@link PayMasterHistory}. */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        PayMasterCredentials c = PayMasterCredentials.of(account);
        BankReply<HttpAnswer> payment = send(PayMasterApi.paymentByInvoice(c, inquiry.bankOrderId()), account);
        if (!payment.answered()) {
            return payment.notAnswered();
        }
        PayMasterHistory.Sale sale = PayMasterHistory.sale(inquiry, payment.get());
        if (sale.problem() != null) {
            return payment.notAnswered(sale.problem());
        }
        if (sale.line().isEmpty()) {
            return PayMasterHistory.answered(List.of(), inquiry, payment.exchange());
        }
        List<OrderHistory.Line> lines = new ArrayList<>(List.of(sale.line().get()));
        if (sale.line().get().outcome() != GatewayOutcome.APPROVED) {
            return PayMasterHistory.answered(lines, inquiry, payment.exchange());
        }
        BankReply<HttpAnswer> refunds = send(PayMasterApi.refunds(c, sale.paymentId()), account);
        BankExchange exchange = payment.exchange().then(refunds.exchange());
        if (!refunds.answered()) {
            return OrderHistory.notAnswered(exchange);
        }
        PayMasterHistory.Refunds listed = PayMasterHistory.refunds(refunds.get(), sale.paymentId());
        if (listed.problem() != null) {
            return OrderHistory.notAnswered(exchange.withFailure(listed.problem()));
        }
        lines.addAll(listed.lines());
        return PayMasterHistory.answered(lines, inquiry, exchange);
    }

    /** Hosted payments only: card data never reaches us. */
    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return GatewayResult.notOffered(family(), GatewayOperation.SALE);
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        PayMasterCredentials c = PayMasterCredentials.of(account);
        String paymentId = followUp.reference(PayMasterNotification.PAYMENT_ID);
        if (paymentId.isEmpty()) {
            GatewayResult found = paymentOf(followUp.bankOrderId(), c, account, null);
            if (found.outcome() != GatewayOutcome.APPROVED) {
                return GatewayResult.notSent(found.exchange()
                        .withFailure("no completed PayMaster payment for " + followUp.bankOrderId() + " to refund ("
                                + found.outcome() + ")"));
            }
            paymentId = found.references().get(PayMasterNotification.PAYMENT_ID);
        }
        BankReply<HttpAnswer> reply = send(
                PayMasterApi.refund(c, paymentId, followUp.amount().amount().toPlainString(), followUp.operationId()),
                account);
        if (!reply.answered()) {
            return reply.failed();
        }
        HttpAnswer a = reply.get();
        BankExchange x = reply.exchange();
        Optional<PayMasterPayment> parsed = a.status() == 200 ? PayMasterPayment.parse(a.body()) : Optional.empty();
        if (parsed.isEmpty()) {
            return GatewayResult.unknown(x.withFailure("no readable refund answer (HTTP " + a.status() + ")"));
        }
        PayMasterPayment r = parsed.get();
        if (r.errorCode() == -1 || r.errorCode() == -2) {
            return GatewayResult.unknown(x.withFailure("PayMaster failed (ErrorCode " + r.errorCode() + ")"));
        }
        if (r.errorCode() != 0) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    String.valueOf(r.errorCode()),
                    "refund refused",
                    null,
                    paymentId,
                    paymentId,
                    x);
        }
        Map<String, String> refs = Map.of(PayMasterNotification.PAYMENT_ID, paymentId);
        return switch (r.refundStatus()) {
            case "SUCCESS" ->
                new GatewayResult(
                        GatewayOutcome.APPROVED, "SUCCESS", "refund done", null, paymentId, paymentId, refs, x);
            case "FAILURE" ->
                new GatewayResult(
                        GatewayOutcome.DECLINED,
                        r.refundErrorCode().isEmpty() ? "FAILURE" : r.refundErrorCode(),
                        r.refundErrorDesc().isEmpty() ? "refund failed" : r.refundErrorDesc(),
                        null,
                        paymentId,
                        paymentId,
                        x);
            default ->
                GatewayResult.unknown(x.withFailure(
                        "the refund is " + r.refundStatus() + " at PayMaster: ask PayMaster before trying again"));
        };
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        if (request.model() != PaymentModel.THREE_D_HOST || request.kind() != AuthorizationKind.SALE) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    "PayMaster takes hosted sales only, not " + request.model() + " " + request.kind()));
        }
        if (request.notifyUrl() == null) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    "PayMaster needs our notification URL for the pre-request and the payment notification"));
        }
        PayMasterCredentials c = PayMasterCredentials.of(account);
        Map<String, String> fields = PayMasterForm.fields(request, c);
        return ThreeDsStart.form(
                c.paymentForm(),
                fields,
                new BankExchange(null, 0, "POST " + c.paymentForm() + "\n" + PayMasterForm.masked(fields), null, null));
    }

    /**
     * The payer came back (success or failure page, by POST). Nothing in the return is signed: it must name our
     * merchant and order, and then the payment's state is asked from the REST API.
     */
    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(
                null,
                0,
                null,
                new TreeMap<>(p)
                        .entrySet().stream()
                                .map(e -> e.getKey() + "=" + PayMasterNotification.maskPans(e.getValue()))
                                .collect(Collectors.joining("\n")),
                null);
        PayMasterCredentials c = PayMasterCredentials.of(account);
        String merchant = PayMasterNotification.v(p, "LMI_MERCHANT_ID");
        if (!merchant.isEmpty() && !merchant.equals(c.merchantId())) {
            return ThreeDsFinish.rejected("the return is for merchant " + merchant + ", not " + c.merchantId(), log);
        }
        String order = PayMasterNotification.v(p, "LMI_PAYMENT_NO");
        if (!callback.expected().bankOrderId().equals(order)) {
            return ThreeDsFinish.rejected(
                    "the return is for order " + order + ", not "
                            + callback.expected().bankOrderId(),
                    log);
        }
        return ThreeDsFinish.completed(paymentOf(order, c, account, callback.expected()), log);
    }

    @Override
    public NotificationVerdict readNotification(InboundNotification notification, GatewayAccount account) {
        try {
            return PayMasterNotification.read(
                    notification, PayMasterCredentials.of(account), expected, account.definitionId());
        } catch (RuntimeException e) {
            LOG.warning(
                    () -> "PayMaster request for definition " + account.definitionId() + " could not be read: " + e);
            return NotificationVerdict.rejected(
                    "the request could not be read: " + e.getClass().getSimpleName(),
                    PayMasterNotification.masked(notification.form(), notification));
        }
    }
}
