package dev.vpos.gateway.twocheckout;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * 2Checkout (Verifone) hosted payments: the payer pays on ConvertPlus (a signed buy link), comes back to our callback
 * (a signed redirect), and 2Checkout notifies us by IPN (HMAC-signed form; we answer with a read receipt). The truth
 * about an order comes from the REST API 6.0 ({@code GET /orders/...}), which is also the status call of the janitor;
 * a full refund is {@code POST /orders/{RefNo}/refund/}. 2Checkout's own order reference ({@code RefNo}) is kept in
 * the collection's references for the refund.
 */
@ApplicationScoped
public class TwoCheckoutGateway extends BankAdapter {

    static final String REF_NO = "refNo";
    private static final Logger LOG = Logger.getLogger(TwoCheckoutGateway.class.getName());

    @Inject
    Clock clock;

    public TwoCheckoutGateway() {
        super(
                GatewayFamily.TWOCHECKOUT,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.THREE_D_HOST));
    }

    TwoCheckoutGateway(BankHttpTransport transport, Clock clock) {
        this();
        connect(transport);
        this.clock = clock;
    }

    private TwoCheckoutApi api() {
        return new TwoCheckoutApi(clock);
    }

    private BankReply<HttpAnswer> send(BankRequest request, GatewayAccount account) {
        return channel().send(request, account, TwoCheckoutApi.ANSWER);
    }

    /** A search for an order id that cannot exist: proves the API answers and accepts the merchant and secret key. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        TwoCheckoutCredentials c = TwoCheckoutCredentials.of(account);
        String probe = "VPTEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        BankReply<HttpAnswer> reply = send(api().ordersByExternalReference(c, probe), account);
        if (!reply.answered()) {
            return new ConnectionCheck(false, false, null, reply.exchange().failure(), reply.exchange());
        }
        HttpAnswer a = reply.get();
        BankExchange x = reply.exchange();
        if (a.status() == 200 && TwoCheckoutOrder.parseSearch(a.body()).isPresent()) {
            return new ConnectionCheck(true, true, "200", "the REST API answered the order search", x);
        }
        Optional<String[]> error = TwoCheckoutOrder.parseError(a.body());
        boolean refused = a.status() == 401 || a.status() == 403 || error.isPresent();
        return new ConnectionCheck(
                true,
                !refused,
                error.map(e -> e[0]).orElse(String.valueOf(a.status())),
                error.map(e -> e[1]).orElse("HTTP " + a.status() + " from the REST API"),
                x);
    }

    /**
     * The orders 2Checkout holds under our order id ({@code ExternalRefNo}): approved if one is approved, else unknown
     * while one is pending, else declined; NOT_SENT when there is none (the payer never paid).
     */
    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        TwoCheckoutCredentials c = TwoCheckoutCredentials.of(account);
        BankReply<HttpAnswer> reply = send(api().ordersByExternalReference(c, bankOrderId), account);
        if (!reply.answered()) {
            return reply.unknown();
        }
        HttpAnswer a = reply.get();
        BankExchange x = reply.exchange();
        Optional<List<TwoCheckoutOrder>> orders =
                a.status() == 200 ? TwoCheckoutOrder.parseSearch(a.body()) : Optional.empty();
        if (orders.isEmpty()) {
            return GatewayResult.unknown(x.withFailure("no readable order search answer (HTTP " + a.status() + ")"));
        }
        List<TwoCheckoutOrder> ours = orders.get().stream()
                .filter(o ->
                        o.externalReference().isEmpty() || o.externalReference().equals(bankOrderId))
                .toList();
        if (ours.isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, null, "2Checkout has no order " + bankOrderId, null, null, null, x);
        }
        TwoCheckoutOrder best = ours.stream()
                .min(Comparator.comparingInt(TwoCheckoutGateway::rank))
                .orElseThrow();
        return result(best, x);
    }

    /** What became of every order 2Checkout holds under our order id: {@link TwoCheckoutHistory}. */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        BankReply<HttpAnswer> reply = send(
                api().ordersByExternalReference(TwoCheckoutCredentials.of(account), inquiry.bankOrderId()), account);
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        HttpAnswer a = reply.get();
        Optional<List<TwoCheckoutOrder>> orders =
                a.status() == 200 ? TwoCheckoutOrder.parseSearch(a.body()) : Optional.empty();
        if (orders.isEmpty()) {
            return reply.notAnswered("no readable order search answer (HTTP " + a.status() + ")");
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (TwoCheckoutOrder o : orders.get()) {
            if (!o.externalReference().isEmpty() && !o.externalReference().equals(inquiry.bankOrderId())) {
                return reply.notAnswered("order " + o.refNo() + " is for " + o.externalReference());
            }
            List<OrderHistory.Line> ofOrder = TwoCheckoutHistory.lines(o);
            if (ofOrder == null) {
                return reply.notAnswered("order " + o.refNo() + " has no readable amount");
            }
            lines.addAll(ofOrder);
        }
        return OrderHistory.of(lines, true, inquiry.currency(), reply.exchange());
    }

    /** approved first, then pending, then the rest. */
    private static int rank(TwoCheckoutOrder o) {
        return switch (o.meaning().outcome()) {
            case APPROVED -> 0;
            case UNKNOWN -> 1;
            default -> 2;
        };
    }

    static GatewayResult result(TwoCheckoutOrder o, BankExchange x) {
        GatewayOutcome outcome = o.meaning().outcome();
        String message =
                "Status " + o.status() + (o.approveStatus().isEmpty() ? "" : ", ApproveStatus " + o.approveStatus());
        if (outcome == GatewayOutcome.UNKNOWN) {
            return new GatewayResult(
                    GatewayOutcome.UNKNOWN,
                    o.status(),
                    message,
                    null,
                    o.refNo(),
                    o.refNo(),
                    Map.of(REF_NO, o.refNo()),
                    x.withFailure("the order is still " + o.status()));
        }
        return new GatewayResult(
                outcome, o.status(), message, null, o.refNo(), o.refNo(), Map.of(REF_NO, o.refNo()), x);
    }

    /** Hosted payments only: card data never reaches us. */
    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return GatewayResult.notOffered(family(), GatewayOperation.SALE);
    }

    /** A full refund of the order; 2Checkout's partial refunds name order lines, which we do not send. */
    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        if (followUp.isPartial()) {
            return GatewayResult.notOffered(family(), GatewayOperation.PARTIAL_REFUND);
        }
        TwoCheckoutCredentials c = TwoCheckoutCredentials.of(account);
        String refNo = followUp.reference(REF_NO);
        if (refNo.isEmpty()) {
            GatewayResult found = status(followUp.bankOrderId(), account);
            if (found.outcome() != GatewayOutcome.APPROVED) {
                return GatewayResult.notSent(found.exchange()
                        .withFailure("no approved 2Checkout order for " + followUp.bankOrderId() + " to refund ("
                                + found.outcome() + ")"));
            }
            refNo = found.references().get(REF_NO);
        }
        String amount = followUp.amount().amount().toPlainString();
        BankReply<HttpAnswer> reply = send(
                api().refund(
                                c,
                                refNo,
                                amount,
                                "Refund of order " + followUp.bankOrderId() + " (operation " + followUp.operationId()
                                        + ")"),
                account);
        if (!reply.answered()) {
            return reply.failed();
        }
        HttpAnswer a = reply.get();
        BankExchange x = reply.exchange();
        String body = new String(a.body(), StandardCharsets.UTF_8).trim();
        if (a.status() / 100 == 2 && "true".equals(body)) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED, "REFUND", "refund issued", null, refNo, refNo, Map.of(REF_NO, refNo), x);
        }
        Optional<String[]> error = TwoCheckoutOrder.parseError(a.body());
        if (a.status() / 100 == 4 && error.isPresent()) {
            return new GatewayResult(GatewayOutcome.DECLINED, error.get()[0], error.get()[1], null, refNo, refNo, x);
        }
        return GatewayResult.unknown(x.withFailure("no readable refund answer (HTTP " + a.status() + ")"));
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        if (request.model() != PaymentModel.THREE_D_HOST || request.kind() != AuthorizationKind.SALE) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    "2Checkout takes hosted sales only (ConvertPlus), not " + request.model() + " " + request.kind()));
        }
        TwoCheckoutCredentials c = TwoCheckoutCredentials.of(account);
        Map<String, String> parameters = TwoCheckoutBuyLink.parameters(request, c, clock);
        return ThreeDsStart.page(
                TwoCheckoutBuyLink.page(c.buyLink(), parameters),
                new BankExchange(
                        null, 0, "GET " + c.buyLink() + "\n" + TwoCheckoutBuyLink.masked(parameters), null, null));
    }

    /** The signed return, then the order's status from the REST API (the return itself settles nothing). */
    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        BankExchange log = TwoCheckoutReturn.log(callback.posted());
        TwoCheckoutCredentials c = TwoCheckoutCredentials.of(account);
        Optional<String> rejection = TwoCheckoutReturn.rejection(callback, c);
        if (rejection.isPresent()) {
            return ThreeDsFinish.rejected(rejection.get(), log);
        }
        String refNo = TwoCheckoutReturn.value(callback.posted(), "refno");
        BankReply<HttpAnswer> reply = send(api().order(c, refNo), account);
        if (!reply.answered()) {
            return ThreeDsFinish.completed(reply.unknown(), log);
        }
        HttpAnswer a = reply.get();
        BankExchange x = reply.exchange();
        Optional<TwoCheckoutOrder> order = a.status() == 200 ? TwoCheckoutOrder.parseOne(a.body()) : Optional.empty();
        if (order.isEmpty()) {
            return ThreeDsFinish.completed(
                    GatewayResult.unknown(x.withFailure("no readable order " + refNo + " (HTTP " + a.status() + ")")),
                    log);
        }
        return ThreeDsFinish.completed(checked(order.get(), callback.expected(), x), log);
    }

    /** The order as 2Checkout reports it, unless it is not the one we expect (then nothing is settled by it). */
    private static GatewayResult checked(TwoCheckoutOrder o, ThreeDsSale expected, BankExchange x) {
        if (!o.externalReference().isEmpty() && !o.externalReference().equals(expected.bankOrderId())) {
            return GatewayResult.unknown(x.withFailure(
                    "order " + o.refNo() + " is for " + o.externalReference() + ", not " + expected.bankOrderId()));
        }
        if (o.grossPrice() != null
                && (o.grossPrice().compareTo(expected.amount().amount()) != 0
                        || !expected.amount().currencyCode().equalsIgnoreCase(o.currency()))) {
            return GatewayResult.unknown(x.withFailure("order " + o.refNo() + " is for " + o.grossPrice() + " "
                    + o.currency() + ", not " + expected.amount()));
        }
        return result(o, x);
    }

    @Override
    public NotificationVerdict readNotification(InboundNotification notification, GatewayAccount account) {
        try {
            return TwoCheckoutIpn.read(notification, TwoCheckoutCredentials.of(account), clock.instant());
        } catch (RuntimeException e) {
            LOG.warning(() -> "2Checkout IPN for definition " + account.definitionId() + " could not be read: " + e);
            return NotificationVerdict.rejected(
                    "the IPN could not be read: " + e.getClass().getSimpleName(),
                    TwoCheckoutIpn.masked(notification.form(), notification));
        }
    }
}
