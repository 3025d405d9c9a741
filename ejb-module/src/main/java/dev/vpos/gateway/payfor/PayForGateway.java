package dev.vpos.gateway.payfor;

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

/**
 * QNB Finansbank PayFor (also Ziraat Katılım, MbrId 12): a flat {@code PayforRequest} XML posted to
 * {@code XMLGate.aspx}; 3-D through the gate next to it ({@code Default.aspx}, {@code 3DHost.aspx}). Follow-ups name
 * the original order by {@code OrgOrderId}; void takes back the whole order while its batch is open, refund works
 * only after the day end (the bank answers {@code V014} before). Our 20-character order ids are taken as they are.
 */
@ApplicationScoped
public class PayForGateway extends BankAdapter {

    private static final String SALE = "Auth";
    private static final String PRE_AUTH = "PreAuth";
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public PayForGateway() {
        super(GatewayFamily.PAYFOR, allOperations(), EnumSet.allOf(PaymentModel.class));
    }

    PayForGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    private PayForCall call() {
        return new PayForCall(channel());
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        StringBuilder id = new StringBuilder("VPTEST");
        while (id.length() < 20) {
            id.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        BankReply<PayForResponse> reply =
                call().send(account, PayForRequest.orderInquiry(id.toString(), PayForCredentials.of(account)));
        return PayForConnectionCheck.judge(reply);
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        BankReply<PayForResponse> reply =
                call().send(account, PayForRequest.orderInquiry(bankOrderId, PayForCredentials.of(account)));
        return PayForStatusReading.read(reply, bankOrderId);
    }

    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        BankReply<PayForResponse> reply =
                call().send(account, PayForRequest.orderHistory(inquiry.bankOrderId(), PayForCredentials.of(account)));
        return PayForHistoryReading.read(reply, inquiry);
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        return authorize(SALE, sale, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction sale, GatewayAccount account) {
        return authorize(PRE_AUTH, sale, account);
    }

    private GatewayResult authorize(String txnType, SaleInstruction sale, GatewayAccount account) {
        PayForRequest request = PayForRequest.authorization(txnType, sale, PayForCredentials.of(account));
        return PayForCall.payment(call().send(account, request), sale.bankOrderId());
    }

    /** PostAuth for {@link FollowUp#amount()}: PayFor closes a pre-authorisation once, for part or all of it. */
    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        PayForRequest request = PayForRequest.postAuth(followUp, PayForCredentials.of(account));
        return PayForCall.payment(call().send(account, request), followUp.bankOrderId());
    }

    /** Void of the whole order; PayFor has no partial void (V019). */
    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        PayForRequest request = PayForRequest.voidOf(followUp, PayForCredentials.of(account));
        return PayForCall.payment(call().send(account, request), followUp.bankOrderId());
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        PayForRequest request = PayForRequest.refund(followUp, PayForCredentials.of(account));
        return PayForCall.payment(call().send(account, request), followUp.bankOrderId());
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return PayForThreeDsForm.start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new PayForThreeDsFinish(call()).finish(callback, account);
    }
}
