package dev.vpos.gateway.interpos;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
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
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;

/**
 * Denizbank InterPOS: form posts to {@code .../mpi/Default.aspx} answered with {@code ;;}-separated
 * {@code Name=Value} pairs. {@code TxnType} Auth (sale), PreAuth, PostAuth (capture, part or all), Void (the whole
 * order, same day), Refund (part or all, repeatable), StatusHistory (status; the history is read from it, see
 * {@link InterPosOrderReading}). Follow-ups name the order in {@code orgOrderId}. 3D, 3D Pay and 3D Host through the
 * bank's pages ({@link InterPosThreeDs}).
 */
@ApplicationScoped
public class InterPosGateway extends BankAdapter {

    private static final SecureRandom RANDOM = new SecureRandom();

    public InterPosGateway() {
        super(GatewayFamily.INTERPOS, allOperations(), EnumSet.allOf(PaymentModel.class));
    }

    InterPosGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    private InterPosCall call() {
        return new InterPosCall(channel());
    }

    private BankReply<InterPosAnswer> statusHistory(String orderId, GatewayAccount account) {
        Map<String, String> f = InterPosCall.fields(account, "StatusHistory");
        f.put("orgOrderId", orderId);
        f.put("Lang", "tr");
        return call().send(f, account);
    }

    /** The status of an order that cannot exist: "no such order" proves the credentials, a refusal does not. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        BankReply<InterPosAnswer> reply = statusHistory("VPTEST" + random(14), account);
        if (!reply.answered()) {
            String why = reply.exchange().failure() == null
                    ? "no readable answer"
                    : reply.exchange().failure();
            return new ConnectionCheck(false, false, null, why, reply.exchange());
        }
        InterPosAnswer a = reply.get();
        boolean accepted = InterPosOrderReading.noSuchOrder(a) || a.approved();
        return new ConnectionCheck(true, accepted, a.code(), a.message(), reply.exchange());
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return InterPosOrderReading.status(statusHistory(bankOrderId, account), bankOrderId);
    }

    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        return InterPosOrderReading.history(statusHistory(inquiry.bankOrderId(), account), inquiry);
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        return authorize("Auth", sale, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction sale, GatewayAccount account) {
        return authorize("PreAuth", sale, account);
    }

    private GatewayResult authorize(String txnType, SaleInstruction sale, GatewayAccount account) {
        Map<String, String> f = InterPosCall.fields(account, txnType);
        f.put("OrderId", sale.bankOrderId());
        f.put("PurchAmount", InterPosFormats.amount(sale.amount()));
        f.put("Currency", InterPosFormats.currency(sale.amount()));
        f.put("InstallmentCount", InterPosFormats.installments(sale.installments()));
        f.put("MOTO", "0");
        f.put("Lang", "tr");
        f.put("CardType", InterPosFormats.cardType(sale.card()));
        f.put("Pan", sale.card().digits());
        f.put("Expiry", InterPosFormats.expiry(sale.expiry()));
        f.put("Cvv2", sale.cvv() == null ? "" : sale.cvv());
        return InterPosCall.payment(call().send(f, account), sale.bankOrderId());
    }

    /** PostAuth for {@link FollowUp#amount()}, part or all of what was reserved. */
    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        return followUp("PostAuth", followUp, true, account);
    }

    /** Void of the whole order while its batch is open. */
    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return followUp("Void", followUp, false, account);
    }

    /** Refund of part or all of a settled order. */
    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return followUp("Refund", followUp, true, account);
    }

    private GatewayResult followUp(String txnType, FollowUp followUp, boolean withAmount, GatewayAccount account) {
        Map<String, String> f = InterPosCall.fields(account, txnType);
        f.put("orgOrderId", followUp.bankOrderId());
        if (withAmount) {
            f.put("PurchAmount", InterPosFormats.amount(followUp.amount()));
            f.put("Currency", InterPosFormats.currency(followUp.amount()));
            f.put("MOTO", "0");
        }
        f.put("Lang", "tr");
        return InterPosCall.payment(call().send(f, account), null);
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new InterPosThreeDs(call()).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new InterPosThreeDs(call()).finish(callback, account);
    }

    static String random(int hexDigits) {
        byte[] bytes = new byte[(hexDigits + 1) / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes).substring(0, hexDigits);
    }
}
