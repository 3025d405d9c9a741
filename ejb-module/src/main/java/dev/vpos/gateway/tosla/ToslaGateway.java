package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

/**
 * Tosla (Tosla İşim): a JSON API below {@code .../api/Payment}, every request signed with a SHA-512 {@code hash} of
 * the API password, client id, API user, a random and the time. Non-3D sales only ({@code Payment}); pre-authorisation
 * only through 3-D ({@code threeDPreAuth}), then {@code postAuth} for all or part of it. {@code void} takes back the
 * whole order while its batch is open; {@code refund} gives back all or part of it after the day end. 3D Pay (our
 * page takes the card) and 3D Host (the bank's page does); Tosla has no 3D model where the merchant provisions.
 */
@ApplicationScoped
public class ToslaGateway extends BankAdapter {

    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    public ToslaGateway() {
        super(
                GatewayFamily.TOSLA,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.CAPTURE,
                        GatewayOperation.PARTIAL_CAPTURE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D_PAY, PaymentModel.THREE_D_HOST));
    }

    /** Tosla pre-authorises only through 3-D ({@code threeDPreAuth}, 3D Pay and 3D Host); its non-3D call sells. */
    @Override
    public boolean preAuthorizes(PaymentModel model) {
        return model != PaymentModel.REGULAR && paymentModels().contains(model);
    }

    ToslaGateway(BankHttpTransport transport, Clock clock) {
        this();
        connect(transport);
        this.clock = clock;
    }

    private ToslaCall call() {
        return new ToslaCall(channel(), clock);
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        StringBuilder id = new StringBuilder("VPTEST");
        while (id.length() < 20) {
            id.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        BankReply<ToslaAnswer> reply = inquiry(id.toString(), account);
        if (!reply.answered()) {
            String why = reply.exchange().failure() == null
                    ? "no readable answer"
                    : reply.exchange().failure();
            return new ConnectionCheck(false, false, null, why, reply.exchange());
        }
        ToslaAnswer a = reply.get();
        boolean rejected = ToslaCall.HASH_ERROR.equals(a.code());
        return new ConnectionCheck(true, !rejected, a.code(), a.message(), reply.exchange());
    }

    private BankReply<ToslaAnswer> inquiry(String orderId, GatewayAccount account) {
        ToslaCall call = call();
        return call.send(call.request("inquiry", account).with("orderId", orderId), account);
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return ToslaStatusReading.read(inquiry(bankOrderId, account), bankOrderId);
    }

    /**
     * The order's {@code history}, which wants the order's date ({@code transactionDate}, yyyyMMdd): read first from
     * the order's {@code inquiry} ({@code CreateDate}). An order the bank does not know has an empty history.
     */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        BankReply<ToslaAnswer> found = inquiry(inquiry.bankOrderId(), account);
        if (!found.answered()) {
            return found.notAnswered();
        }
        if (ToslaStatusReading.notFound(found.get())) {
            return OrderHistory.of(java.util.List.of(), true, inquiry.currency(), found.exchange());
        }
        String created = found.get().get("CreateDate");
        if (!found.get().accepted() || !created.matches("\\d{14}")) {
            return found.notAnswered("the order's inquiry gives no CreateDate: "
                    + found.get().code() + " " + found.get().message());
        }
        ToslaCall call = call();
        BankReply<ToslaAnswer> reply = call.send(
                call.request("history", account)
                        .with("orderId", inquiry.bankOrderId())
                        .with("transactionDate", Long.parseLong(created.substring(0, 8)))
                        .with("page", 1)
                        .with("pageSize", 100),
                account);
        OrderHistory history = ToslaHistoryReading.read(reply, inquiry);
        return new OrderHistory(
                history.answered(),
                history.itemized(),
                history.lines(),
                found.exchange().then(history.exchange()));
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        ToslaCall call = call();
        ToslaRequest request = call.request("Payment", account)
                .with("orderId", sale.bankOrderId())
                .with("amount", ToslaFormats.amount(sale.amount()))
                .with("currency", ToslaFormats.currency(sale.amount()))
                .with("installmentCount", ToslaFormats.installments(sale.installments()))
                .with("cardHolderName", "")
                .with("cardNo", sale.card().digits())
                .with("expireDate", sale.expiry().mmSlashYy().replace("/", ""))
                .with("cvv", sale.cvv() == null ? "" : sale.cvv());
        return ToslaCall.payment(call.send(request, account), sale.bankOrderId());
    }

    /** {@code postAuth} of a 3-D pre-authorisation, for {@link FollowUp#amount()} (up to what was reserved). */
    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        ToslaCall call = call();
        ToslaRequest request = call.request("postAuth", account)
                .with("orderId", followUp.bankOrderId())
                .with("amount", ToslaFormats.amount(followUp.amount()));
        return ToslaCall.payment(call.send(request, account), followUp.bankOrderId());
    }

    /** {@code void} of the whole order; Tosla's void carries no amount. */
    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        ToslaCall call = call();
        ToslaRequest request = call.request("void", account).with("orderId", followUp.bankOrderId());
        return ToslaCall.payment(call.send(request, account), followUp.bankOrderId());
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        ToslaCall call = call();
        ToslaRequest request = call.request("refund", account)
                .with("orderId", followUp.bankOrderId())
                .with("amount", ToslaFormats.amount(followUp.amount()));
        return ToslaCall.payment(call.send(request, account), followUp.bankOrderId());
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return ToslaThreeDsStart.start(call(), request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new ToslaThreeDsFinish(call()).finish(callback, account);
    }
}
