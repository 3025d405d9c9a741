package dev.vpos.gateway.kuveytturk;

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
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * KuveytTürk KuveytPos (API "TDV2.0.0"): non-3D sale on {@code Non3DPayGate}; 3D model through the server-to-server
 * {@code ThreeDModelPayGate} (the bank answers the page that takes the payer to the ACS) and
 * {@code ThreeDModelProvisionGate} with the MD; cancel ({@code SaleReversal}, same day only), refund
 * ({@code DrawBack}, {@code PartialDrawback}) and status ({@code GetMerchantOrderDetail}) over SOAP. The bank offers
 * no pre-authorisation, capture or history through this API.
 */
@ApplicationScoped
public class KuveytTurkGateway implements PaymentGateway {

    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");

    @Inject
    BankHttpTransport transport;

    private Clock clock = Clock.system(BANK_ZONE);

    public KuveytTurkGateway() {}

    KuveytTurkGateway(BankHttpTransport transport) {
        this.transport = transport;
    }

    KuveytTurkGateway(BankHttpTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public GatewayFamily family() {
        return GatewayFamily.KUVEYT_TURK;
    }

    @Override
    public Set<GatewayOperation> operations() {
        return EnumSet.of(
                GatewayOperation.SALE,
                GatewayOperation.VOID,
                GatewayOperation.REFUND,
                GatewayOperation.PARTIAL_REFUND,
                GatewayOperation.STATUS);
    }

    @Override
    public Set<PaymentModel> paymentModels() {
        return EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D);
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        KuveytTurkRequest request = KuveytTurkMessages.sale(sale, c);
        String masked = request.toMaskedXml();
        return channel()
                .post(
                        KuveytTurkEndpoints.gate(account, KuveytTurkEndpoints.NON_3D),
                        request.toXml(),
                        masked,
                        Map.of(),
                        account,
                        answer -> KuveytTurkAnswers.payment(sale.bankOrderId(), answer, masked, c.hashedPassword()));
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
                return GatewayResult.notSent(new BankExchange(
                        status.exchange().httpStatus(),
                        status.exchange().latencyMs(),
                        status.exchange().maskedRequest(),
                        status.exchange().maskedResponse(),
                        "the bank's references of order " + followUp.bankOrderId() + " are unknown (status "
                                + status.outcome() + "); " + operation + " not sent"));
            }
        }
        KuveytTurkSoapRequest request =
                KuveytTurkSoapRequest.followUp(operation, followUp.bankOrderId(), followUp.amount(), original.get(), c);
        String masked = request.toXml();
        return channel()
                .post(
                        KuveytTurkEndpoints.service(account, c),
                        request.toBytes(),
                        masked,
                        Map.of("SOAPAction", request.soapAction()),
                        account,
                        answer -> KuveytTurkAnswers.followUp(followUp.bankOrderId(), operation, answer, masked));
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        LocalDateTime now = LocalDateTime.now(clock.withZone(BANK_ZONE));
        KuveytTurkSoapRequest request =
                KuveytTurkSoapRequest.orderDetail(bankOrderId, now.minusDays(360), now.plusDays(1), c);
        String masked = request.toXml();
        GatewayResult result = channel()
                .post(
                        KuveytTurkEndpoints.service(account, c),
                        request.toBytes(),
                        masked,
                        Map.of("SOAPAction", request.soapAction()),
                        account,
                        answer -> readStatus(bankOrderId, answer, masked));
        // for a status, NOT_SENT means "no such order"; a bank that could not be reached settles nothing
        return result.outcome() == GatewayOutcome.NOT_SENT && result.exchange().httpStatus() == null
                ? GatewayResult.unknown(result.exchange())
                : result;
    }

    private static GatewayResult readStatus(String bankOrderId, HttpAnswer answer, String masked) {
        String body = KuveytTurkLog.masked(answer.body());
        Optional<KuveytTurkSoapResult> parsed = answer.status() == 200
                ? KuveytTurkSoapResult.parse(answer.body(), KuveytTurkSoapRequest.ORDER_DETAIL)
                : Optional.empty();
        if (parsed.isEmpty()) {
            return KuveytTurkAnswers.unknown(
                    answer, masked, body, "no readable status answer (HTTP " + answer.status() + ")");
        }
        return KuveytTurkStatusReading.read(
                bankOrderId, parsed.get(), new BankExchange(answer.status(), answer.latencyMs(), masked, body, null));
    }

    /** The status of an order that cannot exist: any readable answer proves the service; an error names the credentials. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String probe = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        LocalDateTime now = LocalDateTime.now(clock.withZone(BANK_ZONE));
        KuveytTurkSoapRequest request = KuveytTurkSoapRequest.orderDetail(probe, now.minusDays(1), now.plusDays(1), c);
        String masked = request.toXml();
        ConnectionCheck[] check = new ConnectionCheck[1];
        GatewayResult sent = channel()
                .post(
                        KuveytTurkEndpoints.service(account, c),
                        request.toBytes(),
                        masked,
                        Map.of("SOAPAction", request.soapAction()),
                        account,
                        answer -> {
                            BankExchange exchange = new BankExchange(
                                    answer.status(),
                                    answer.latencyMs(),
                                    masked,
                                    KuveytTurkLog.masked(answer.body()),
                                    null);
                            Optional<KuveytTurkSoapResult> parsed = answer.status() == 200
                                    ? KuveytTurkSoapResult.parse(answer.body(), KuveytTurkSoapRequest.ORDER_DETAIL)
                                    : Optional.empty();
                            check[0] = parsed.map(r -> new ConnectionCheck(
                                            true,
                                            r.errorCode().isEmpty(),
                                            r.errorCode().isEmpty() ? null : r.errorCode(),
                                            r.errorCode().isEmpty() ? "order inquiry answered" : r.errorMessage(),
                                            exchange))
                                    .orElseGet(() -> new ConnectionCheck(
                                            false,
                                            false,
                                            null,
                                            "the service answered HTTP " + answer.status()
                                                    + " without a readable order detail",
                                            exchange));
                            return GatewayResult.unknown(exchange);
                        });
        return check[0] != null
                ? check[0]
                : new ConnectionCheck(false, false, null, sent.exchange().failure(), sent.exchange());
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new KuveytTurkThreeDs(channel()).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new KuveytTurkThreeDs(channel()).finish(callback, account);
    }

    private KuveytTurkChannel channel() {
        return new KuveytTurkChannel(transport);
    }
}
