package dev.vpos.gateway.mypos;

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
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * myPOS Checkout API (IPC v1.4). Payments are hosted: {@link #startThreeDs} gives the signed IPCPurchase form that
 * takes the payer to the myPOS checkout page (optionally asking myPOS to keep the card, {@code CardTokenRequest=2}),
 * or — for a card myPOS keeps for this customer — pays at once server to server with IPCIAPurchase and the card
 * token. The payment is confirmed by myPOS's signed IPCPurchaseNotify to our notify URL ({@link #readNotification});
 * the payer's return ({@link #finishThreeDs}) and the janitor ({@link #status}) ask IPCGetTxnStatus. Refunds (also
 * partial) with IPCRefund, same-day reversals with IPCReversal; both need myPOS's transaction reference, kept in the
 * collection's references (or asked from myPOS when missing). The order's history is read from its transaction log
 * (IPCGetTxnLog, {@link IpcHistory}). Every answer of myPOS is verified with its
 * certificate: one that does not verify is UNKNOWN and logged. Requests are form posts to the definition's endpoint
 * (the IPC URL), answers JSON.
 */
@ApplicationScoped
public class MyPosGateway extends BankAdapter {

    private static final Logger LOG = Logger.getLogger(MyPosGateway.class.getName());
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern CARD_TOKEN = Pattern.compile("\"CardToken\"\\s*:\\s*\"[^\"]*\"");

    public MyPosGateway() {
        super(
                GatewayFamily.MYPOS,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.THREE_D_HOST));
    }

    MyPosGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    /** myPOS keeps a card with the payer's consent ({@code CardTokenRequest}) and pays with it (IPCIAPurchase). */
    @Override
    public boolean keepsCards() {
        return true;
    }

    /** myPOS takes cards on its own page only: a card sent to us is never sent on. */
    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return GatewayResult.notSent(
                "myPOS takes the card on its own checkout page (3D Host); a sale with card data is not offered");
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return new ConnectionCheck(
                    false, false, null, opened.problem(), BankExchange.nothingSent(opened.problem()));
        }
        String probe = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        BankReply<IpcAnswer> call =
                call(IpcRequests.status(probe, opened.credentials()), account, opened.credentials());
        if (!call.answered()) {
            return new ConnectionCheck(
                    call.httpStatus() != null, false, null, call.exchange().failure(), call.exchange());
        }
        IpcAnswer a = call.get();
        boolean accepted = a.authentic() && (a.status() == 0 || a.status() == IpcResults.NO_SUCH_ORDER);
        String detail = !a.authentic()
                ? "the answer is not signed with the definition's myPOS certificate"
                : "Status " + a.field("Status") + " " + a.statusMessage();
        return new ConnectionCheck(true, accepted, a.field("Status"), detail, call.exchange());
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return statusWithAmount(bankOrderId, account).result();
    }

    private IpcPayerReturn.StatusAnswer statusWithAmount(String bankOrderId, GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return new IpcPayerReturn.StatusAnswer(
                    GatewayResult.unknown(BankExchange.nothingSent(opened.problem())), Optional.empty());
        }
        BankReply<IpcAnswer> call =
                call(IpcRequests.status(bankOrderId, opened.credentials()), account, opened.credentials());
        if (!call.answered()) {
            return new IpcPayerReturn.StatusAnswer(call.unknown(), Optional.empty());
        }
        IpcAnswer a = call.get();
        Optional<Money> amount = a.nestedObject("OrderStatus").flatMap(o -> {
            try {
                return Optional.of(Money.of(o.getOrDefault("Amount", ""), o.getOrDefault("Currency", "")));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
        return new IpcPayerReturn.StatusAnswer(IpcResults.status(a, call.exchange(), bankOrderId), amount);
    }

    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return OrderHistory.notAnswered(BankExchange.nothingSent(opened.problem()));
        }
        BankReply<IpcAnswer> call =
                call(IpcRequests.txnLog(inquiry.bankOrderId(), opened.credentials()), account, opened.credentials());
        return call.answered() ? IpcHistory.read(call.get(), inquiry, call.exchange()) : call.notAnswered();
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return GatewayResult.notSent(opened.problem());
        }
        Optional<String> trnref = trnref(followUp, account);
        if (trnref.isEmpty()) {
            return GatewayResult.notSent(
                    "myPOS's transaction reference of order " + followUp.bankOrderId() + " is not known: not refunded");
        }
        return operation(
                IpcRequests.refund(followUp.bankOrderId(), trnref.get(), followUp.amount(), opened.credentials()),
                account,
                opened.credentials(),
                followUp.bankOrderId());
    }

    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return GatewayResult.notSent(opened.problem());
        }
        Optional<String> trnref = trnref(followUp, account);
        if (trnref.isEmpty()) {
            return GatewayResult.notSent(
                    "myPOS's transaction reference of order " + followUp.bankOrderId() + " is not known: not reversed");
        }
        return operation(IpcRequests.reversal(trnref.get(), opened.credentials()), account, opened.credentials(), null);
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return ThreeDsStart.failed(GatewayResult.notSent(opened.problem()));
        }
        if (request.model() != PaymentModel.THREE_D_HOST) {
            return ThreeDsStart.failed(
                    GatewayResult.notSent("myPOS offers its hosted checkout (3D Host) only, not " + request.model()));
        }
        if (request.kind() != dev.vpos.gateway.domain.AuthorizationKind.SALE) {
            return ThreeDsStart.failed(
                    GatewayResult.notSent("myPOS's hosted checkout takes sales only, not " + request.kind()));
        }
        MyPosCredentials c = opened.credentials();
        if (request.cardToken().paysWithToken()) {
            GatewayResult paid = operation(
                    IpcRequests.purchaseWithToken(
                            request.sale().bankOrderId(),
                            request.sale().amount(),
                            request.cardToken().payWithToken(),
                            request.language(),
                            c),
                    account,
                    c,
                    request.sale().bankOrderId());
            return ThreeDsStart.settled(paid);
        }
        IpcFields form = IpcRequests.purchase(request, c);
        return ThreeDsStart.form(
                account.endpoint(), form.asMap(), new BankExchange(null, 0, form.masked(), null, null));
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return ThreeDsFinish.rejected(opened.problem(), BankExchange.nothingSent(opened.problem()));
        }
        return IpcPayerReturn.finish(callback, opened.credentials(), orderId -> statusWithAmount(orderId, account));
    }

    @Override
    public NotificationVerdict readNotification(InboundNotification notification, GatewayAccount account) {
        MyPosCredentials.Opened opened = MyPosCredentials.open(account);
        if (!opened.ok()) {
            return NotificationVerdict.rejected(
                    "the definition's myPOS credentials cannot be opened: " + opened.problem(), "");
        }
        return IpcNotifications.read(notification, opened.credentials());
    }

    /** The transaction reference of the original payment: from its references, else asked from myPOS. */
    private Optional<String> trnref(FollowUp followUp, GatewayAccount account) {
        String known = followUp.reference(IpcResults.TRNREF);
        if (!known.isBlank()) {
            return Optional.of(known);
        }
        GatewayResult status = status(followUp.bankOrderId(), account);
        return status.outcome() == GatewayOutcome.APPROVED
                ? Optional.ofNullable(status.references().get(IpcResults.TRNREF))
                : Optional.empty();
    }

    private GatewayResult operation(IpcFields request, GatewayAccount account, MyPosCredentials c, String orderId) {
        BankReply<IpcAnswer> call = call(request, account, c);
        return call.answered() ? IpcResults.operation(call.get(), call.exchange(), orderId) : call.failed();
    }

    /** One signed form post; the answer is read and its signature checked (a bad one is logged). */
    private BankReply<IpcAnswer> call(IpcFields request, GatewayAccount account, MyPosCredentials c) {
        AnswerFormat<IpcAnswer> answers = AnswerFormat.onHttpOk(
                        StandardCharsets.UTF_8, body -> IpcAnswer.read(body, c.myposKey()))
                .from("myPOS")
                .masked(MyPosGateway::withoutCardTokens);
        BankReply<IpcAnswer> reply = channel()
                .send(
                        BankRequest.post(
                                account.endpoint(),
                                request.formEncoded().getBytes(StandardCharsets.UTF_8),
                                FORM,
                                request.masked()),
                        account,
                        answers);
        if (reply.answered() && !reply.get().authentic()) {
            LOG.warning(() -> "myPOS answer to " + request.value("IPCmethod") + " for store " + c.storeId()
                    + " does not verify with the definition's myPOS certificate: ignored");
        }
        return reply;
    }

    /** myPOS answers carry no card data beyond the last four digits; the card tokens they carry are withheld. */
    private static String withoutCardTokens(String json) {
        return CARD_TOKEN.matcher(json).replaceAll("\"CardToken\":\"***\"");
    }
}
