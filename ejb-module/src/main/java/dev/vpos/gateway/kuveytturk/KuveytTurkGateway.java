package dev.vpos.gateway.kuveytturk;

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
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * KuveytTürk KuveytPos (API "TDV2.0.0"): non-3D sale on {@code Non3DPayGate}; 3D model through the server-to-server
 * {@code ThreeDModelPayGate} (the bank answers the page that takes the payer to the ACS) and
 * {@code ThreeDModelProvisionGate} with the MD; cancel ({@code SaleReversal}, same day only), refund
 * ({@code DrawBack}, {@code PartialDrawback}) and status ({@code GetMerchantOrderDetail}) over SOAP; the order's
 * history is read from the same order detail. The bank offers no pre-authorisation or capture through this API.
 */
@ApplicationScoped
public class KuveytTurkGateway extends BankAdapter {

    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");

    private Clock clock = Clock.system(BANK_ZONE);

    public KuveytTurkGateway() {
        super(
                GatewayFamily.KUVEYT_TURK,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D));
    }

    KuveytTurkGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    KuveytTurkGateway(BankHttpTransport transport, Clock clock) {
        this(transport);
        this.clock = clock;
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        KuveytTurkRequest request = KuveytTurkMessages.sale(sale, c);
        BankReply<KuveytTurkResponse> reply = channel()
                .send(
                        request.to(KuveytTurkEndpoints.gate(account, KuveytTurkEndpoints.NON_3D)),
                        account,
                        KuveytTurkAnswers.PAYMENT);
        return KuveytTurkAnswers.payment(sale.bankOrderId(), reply, c.hashedPassword());
    }

    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return followUp(KuveytTurkSoapRequest.SALE_REVERSAL, followUp, account);
    }

    /** {@code PartialDrawback} for less than the original amount, {@code DrawBack} for all of it. */
    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return followUp(
                followUp.isPartial() ? KuveytTurkSoapRequest.PARTIAL_DRAWBACK : KuveytTurkSoapRequest.DRAW_BACK,
                followUp,
                account);
    }

    private GatewayResult followUp(String operation, FollowUp followUp, GatewayAccount account) {
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        Optional<KuveytTurkReferences> original = KuveytTurkReferences.from(followUp.references());
        if (original.isEmpty()) {
            // an order settled by a status inquiry may lack them: ask the bank first (nothing is sent otherwise)
            GatewayResult status = status(followUp.bankOrderId(), account);
            original = status.approved() ? KuveytTurkReferences.from(status.references()) : Optional.empty();
            if (original.isEmpty()) {
                return GatewayResult.notSent(status.exchange()
                        .withFailure("the bank's references of order " + followUp.bankOrderId()
                                + " are unknown (status " + status.outcome() + "); " + operation + " not sent"));
            }
        }
        KuveytTurkSoapRequest request =
                KuveytTurkSoapRequest.followUp(operation, followUp.bankOrderId(), followUp.amount(), original.get(), c);
        BankReply<KuveytTurkSoapResult> reply = channel()
                .send(request.to(KuveytTurkEndpoints.service(account, c)), account, KuveytTurkAnswers.soap(operation));
        return KuveytTurkAnswers.followUp(followUp.bankOrderId(), operation, reply);
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(BANK_ZONE));
        return KuveytTurkStatusReading.read(bankOrderId, orderDetail(bankOrderId, now.minusDays(360), now, account));
    }

    /**
     * What became of the order, from the same {@code GetMerchantOrderDetail} as its status (KuveytTürk has no history
     * call): its sale, a cancel, the refunded total — see {@link KuveytTurkHistoryReading}.
     */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(BANK_ZONE));
        return KuveytTurkHistoryReading.read(
                inquiry, orderDetail(inquiry.bankOrderId(), now.minusDays(360), now, account));
    }

    /** The status of an order that cannot exist: any readable answer proves the service; an error names the credentials. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String probe = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
        LocalDateTime now = LocalDateTime.now(clock.withZone(BANK_ZONE));
        BankReply<KuveytTurkSoapResult> reply = orderDetail(probe, now.minusDays(1), now, account);
        if (!reply.answered()) {
            return new ConnectionCheck(false, false, null, reply.exchange().failure(), reply.exchange());
        }
        KuveytTurkSoapResult r = reply.get();
        return new ConnectionCheck(
                true,
                r.errorCode().isEmpty(),
                r.errorCode().isEmpty() ? null : r.errorCode(),
                r.errorCode().isEmpty() ? "order inquiry answered" : r.errorMessage(),
                reply.exchange());
    }

    /** GetMerchantOrderDetail for our order id, searched from {@code from} to a day after {@code now}. */
    private BankReply<KuveytTurkSoapResult> orderDetail(
            String bankOrderId, LocalDateTime from, LocalDateTime now, GatewayAccount account) {
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        KuveytTurkSoapRequest request = KuveytTurkSoapRequest.orderDetail(bankOrderId, from, now.plusDays(1), c);
        return channel()
                .send(
                        request.to(KuveytTurkEndpoints.service(account, c)),
                        account,
                        KuveytTurkAnswers.soap(KuveytTurkSoapRequest.ORDER_DETAIL));
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new KuveytTurkThreeDs(channel()).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new KuveytTurkThreeDs(channel()).finish(callback, account);
    }
}
