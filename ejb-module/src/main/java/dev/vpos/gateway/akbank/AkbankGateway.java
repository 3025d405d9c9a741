package dev.vpos.gateway.akbank;

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
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;

/**
 * Akbank's new virtual POS API: JSON posted to {@code <endpoint>/transaction/process}, the body signed with
 * HMAC-SHA512 in the {@code auth-hash} header; the operation is the {@code txnCode} (1000 sale, 1004
 * pre-authorisation, 1005 capture, 1003 cancel, 1002 refund, 1010 order history — also the status, as the API has no
 * other inquiry). 3D, 3D Pay and 3D Host through the gateway's pages ({@link AkbankThreeDs}).
 */
@ApplicationScoped
public class AkbankGateway extends BankAdapter {

    @Inject
    Clock clock;

    public AkbankGateway() {
        super(GatewayFamily.AKBANK, allOperations(), EnumSet.allOf(PaymentModel.class));
    }

    AkbankGateway(BankHttpTransport transport, Clock clock) {
        this();
        connect(transport);
        this.clock = clock;
    }

    private AkbankCall call() {
        return new AkbankCall(channel(), clock);
    }

    private BankReply<AkbankAnswer> orderHistory(String orderId, GatewayAccount account) {
        AkbankCall call = call();
        return call.send(call.request("1010", account).with("order", AkbankRequest.block("orderId", orderId)), account);
    }

    /** The order history of an order that cannot exist: any readable answer but a signature refusal is a pass. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        BankReply<AkbankAnswer> reply = orderHistory("VPTEST" + AkbankRequest.randomHex(14), account);
        if (!reply.answered()) {
            String why = reply.exchange().failure() == null
                    ? "no readable answer"
                    : reply.exchange().failure();
            return new ConnectionCheck(false, false, null, why, reply.exchange());
        }
        AkbankAnswer a = reply.get();
        boolean accepted = AkbankOrderReading.noSuchOrder(a) || a.approved();
        return new ConnectionCheck(true, accepted, a.responseCode(), a.get("responseMessage"), reply.exchange());
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return AkbankOrderReading.status(orderHistory(bankOrderId, account), bankOrderId);
    }

    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        return AkbankOrderReading.history(orderHistory(inquiry.bankOrderId(), account), inquiry);
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        return authorize("1000", sale, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction sale, GatewayAccount account) {
        return authorize("1004", sale, account);
    }

    private GatewayResult authorize(String txnCode, SaleInstruction sale, GatewayAccount account) {
        AkbankCall call = call();
        AkbankRequest request = call.request(txnCode, account)
                .with(
                        "card",
                        AkbankRequest.block(
                                "cardNumber", sale.card().digits(),
                                "cvv2", sale.cvv() == null ? "" : sale.cvv(),
                                "expireDate", sale.expiry().mmSlashYy().replace("/", "")))
                .with(
                        "transaction",
                        AkbankRequest.block(
                                "amount", AkbankFormats.amount(sale.amount()),
                                "currencyCode", AkbankFormats.currency(sale.amount()),
                                "motoInd", 0,
                                "installCount", AkbankFormats.installments(sale.installments())))
                .with("order", AkbankRequest.block("orderId", sale.bankOrderId()));
        if (sale.customerIp() != null && !sale.customerIp().isBlank()) {
            request.with("customer", AkbankRequest.block("ipAddress", sale.customerIp()));
        }
        return AkbankCall.payment(call.send(request, account), sale.bankOrderId());
    }

    /** Post-authorisation (1005) for {@link FollowUp#amount()}, part or all of what was reserved. */
    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        return followUp("1005", followUp, true, account);
    }

    /** Cancel (1003) of the whole order while its batch is open. */
    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return followUp("1003", followUp, false, account);
    }

    /** Refund (1002) of part or all of a settled order. */
    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return followUp("1002", followUp, true, account);
    }

    private GatewayResult followUp(String txnCode, FollowUp followUp, boolean withAmount, GatewayAccount account) {
        AkbankCall call = call();
        AkbankRequest request =
                call.request(txnCode, account).with("order", AkbankRequest.block("orderId", followUp.bankOrderId()));
        if (withAmount) {
            request.with(
                    "transaction",
                    AkbankRequest.block(
                            "amount", AkbankFormats.amount(followUp.amount()),
                            "currencyCode", AkbankFormats.currency(followUp.amount())));
        }
        return AkbankCall.payment(call.send(request, account), followUp.bankOrderId());
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new AkbankThreeDs(call()).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new AkbankThreeDs(call()).finish(callback, account);
    }
}
