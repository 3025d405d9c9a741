package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
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
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The EST / NestPay (Payten) "ver3" family: XML {@code CC5Request} posted to {@code /fim/api} for sale, pre-auth,
 * post-auth (partial allowed), void, credit (partial allowed), order status and order history; and the 3-D gate
 * {@code /fim/est3Dgate} (3D, 3D Pay, 3D Host = {@code 3d_pay_hosting}) with the ver3 SHA-512 hash. Every follow-up
 * is addressed by our original order id (EST has no separate operation id). EST's rule: a same-day transaction is
 * voided, a refund is accepted only after the day-end batch.
 */
@ApplicationScoped
public class EstGateway extends BankAdapter {

    /** {@code Extra/ERRORCODE} of a refusal because the order id was already used. */
    static final String ORDER_ID_USED = "CORE-2050";

    private static final AnswerFormat<EstResponse> CC5_RESPONSE =
            AnswerFormat.onHttpOk(EstCc5Request.CHARSET, EstResponse::parse);

    public EstGateway() {
        super(GatewayFamily.EST, allOperations(), EnumSet.allOf(PaymentModel.class));
    }

    EstGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String probe = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
        return EstConnectionCheck.judge(
                send(EstCc5Request.query(EstCredentials.of(account), probe, "ORDERSTATUS"), account));
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        BankReply<EstResponse> reply =
                send(EstCc5Request.query(EstCredentials.of(account), bankOrderId, "ORDERSTATUS"), account);
        return reply.answered() ? EstStatusReading.read(reply.get(), reply.exchange()) : reply.unknown();
    }

    /** The order's transactions as the bank lists them; EST's rows carry no currency: read in the order's. */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        BankReply<EstResponse> reply =
                send(EstCc5Request.query(EstCredentials.of(account), inquiry.bankOrderId(), "ORDERHISTORY"), account);
        return reply.answered() ? EstHistoryReading.read(reply.get(), inquiry, reply.exchange()) : reply.notAnswered();
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        return call(
                EstCc5Request.authorization(sale, EstCredentials.of(account), EstCc5Request.SALE),
                account,
                sale.bankOrderId());
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction sale, GatewayAccount account) {
        return call(
                EstCc5Request.authorization(sale, EstCredentials.of(account), EstCc5Request.PRE_AUTH),
                account,
                sale.bankOrderId());
    }

    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        return call(EstCc5Request.postAuth(followUp, EstCredentials.of(account)), account, followUp.bankOrderId());
    }

    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return call(EstCc5Request.voidOf(followUp, EstCredentials.of(account)), account, followUp.bankOrderId());
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return call(EstCc5Request.credit(followUp, EstCredentials.of(account)), account, followUp.bankOrderId());
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        EstCredentials credentials = EstCredentials.of(account);
        if (credentials.storeKey().isEmpty()) {
            return ThreeDsStart.failed(
                    GatewayResult.notSent("the definition has no store key: EST 3-D models need it"));
        }
        if (request.model() != PaymentModel.THREE_D_HOST && !request.sale().hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    request.model() + " needs the card; only 3D Host takes it on the bank's page"));
        }
        Map<String, String> fields = EstThreeDsForm.fields(
                request, credentials, credentials.storeKey().get());
        return ThreeDsStart.form(
                credentials.gate(account.endpoint()),
                fields,
                new BankExchange(null, 0, EstThreeDsForm.masked(fields), null, null));
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        BankExchange log = EstThreeDsCallbackCheck.log(callback.posted());
        EstCredentials credentials = EstCredentials.of(account);
        if (credentials.storeKey().isEmpty()) {
            return ThreeDsFinish.rejected("the definition has no store key to verify the callback", log);
        }
        Optional<String> rejection = EstThreeDsCallbackCheck.rejection(
                callback, credentials, credentials.storeKey().get());
        if (rejection.isPresent()) {
            return ThreeDsFinish.rejected(rejection.get(), log);
        }
        Map<String, String> p = callback.posted();
        Optional<GatewayResult> refused = EstThreeDsCallbackCheck.authenticationRefused(p, log);
        if (refused.isPresent()) {
            return ThreeDsFinish.completed(refused.get(), log);
        }
        if (callback.model() != PaymentModel.THREE_D) {
            return ThreeDsFinish.completed(EstThreeDsCallbackCheck.provisionResult(p, log), log);
        }
        EstCc5Request provision = EstCc5Request.threeDProvision(
                callback.expected(),
                credentials,
                EstThreeDsForm.tranType(callback.kind()),
                EstThreeDsCallbackCheck.value(p, "md"),
                EstThreeDsCallbackCheck.value(p, "xid"),
                EstThreeDsCallbackCheck.value(p, "eci"),
                EstThreeDsCallbackCheck.value(p, "cavv"));
        return ThreeDsFinish.completed(
                call(provision, account, callback.expected().bankOrderId()), log);
    }

    private BankReply<EstResponse> send(EstCc5Request request, GatewayAccount account) {
        return channel().send(request.to(account.endpoint()), account, CC5_RESPONSE);
    }

    /** An operation: NOT_SENT only when no connection was made, UNKNOWN for anything the bank may have done. */
    private GatewayResult call(EstCc5Request request, GatewayAccount account, String orderId) {
        BankReply<EstResponse> reply = send(request, account);
        return reply.answered() ? interpret(orderId, reply.get(), reply) : reply.failed();
    }

    private static GatewayResult interpret(String orderId, EstResponse r, BankReply<EstResponse> reply) {
        if (!r.orderId().isEmpty() && !r.orderId().equals(orderId)) {
            return reply.unknown("answer is for order " + r.orderId() + ", not " + orderId);
        }
        if (r.approved()) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    r.procReturnCode(),
                    r.errMsg(),
                    r.authCode(),
                    r.hostRefNum(),
                    r.transId(),
                    reply.exchange());
        }
        if (r.refused() && ORDER_ID_USED.equals(r.errorCode())) {
            return reply.orderIdAlreadyUsed(r.errorCode(), r.errMsg());
        }
        if (r.refused()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    r.procReturnCode(),
                    r.message(),
                    null,
                    r.hostRefNum(),
                    r.transId(),
                    reply.exchange());
        }
        return reply.unknown("answer has neither an approval nor a refusal (Response=" + r.response() + ")");
    }
}
