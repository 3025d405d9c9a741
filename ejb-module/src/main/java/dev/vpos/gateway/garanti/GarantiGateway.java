package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
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
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Garanti BBVA GVP: XML {@code GVPSRequest} posted to {@code VPServlet} (v512, SHA-512 hashes), 3-D Secure through
 * {@code servlet/gt3dengine}. Follow-ups name the original OrderID and RRN; void and refund use the refund user.
 */
@ApplicationScoped
public class GarantiGateway extends BankAdapter {

    public GarantiGateway() {
        super(GatewayFamily.GARANTI, allOperations(), EnumSet.allOf(PaymentModel.class));
    }

    GarantiGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String orderId = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
        BankReply<GvpsResponse> reply = send(
                account,
                GarantiRequests.inquiry(GarantiRequests.ORDER_INQUIRY, orderId, GarantiCredentials.of(account)));
        if (!reply.answered()) {
            return new ConnectionCheck(false, false, null, reply.exchange().failure(), reply.exchange());
        }
        GvpsResponse r = reply.get();
        boolean accepted = "00".equals(r.code()) || GarantiStatusReading.ORDER_NOT_FOUND.equals(r.reasonCode());
        return new ConnectionCheck(true, accepted, r.bankCode(), r.bankMessage(), reply.exchange());
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        BankReply<GvpsResponse> reply = send(
                account,
                GarantiRequests.inquiry(GarantiRequests.ORDER_INQUIRY, bankOrderId, GarantiCredentials.of(account)));
        return reply.answered()
                ? GarantiStatusReading.read(bankOrderId, reply.get(), reply.exchange())
                : reply.unknown();
    }

    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        BankReply<GvpsResponse> reply = send(
                account,
                GarantiRequests.inquiry(
                        GarantiRequests.ORDER_HISTORY, inquiry.bankOrderId(), GarantiCredentials.of(account)));
        return reply.answered()
                ? GarantiHistoryReading.read(inquiry, reply.get(), reply.exchange())
                : reply.notAnswered();
    }

    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return authorize(instruction, AuthorizationKind.SALE, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction instruction, GatewayAccount account) {
        return authorize(instruction, AuthorizationKind.PRE_AUTH, account);
    }

    private GatewayResult authorize(SaleInstruction instruction, AuthorizationKind kind, GatewayAccount account) {
        GvpsRequest request = GarantiRequests.authorization(instruction, kind, GarantiCredentials.of(account));
        return GarantiAnswers.interpret(instruction.bankOrderId(), send(account, request));
    }

    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        return followUp(GarantiRequests.POSTAUTH, followUp, account);
    }

    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return followUp(GarantiRequests.VOID, followUp, account);
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return followUp(GarantiRequests.REFUND, followUp, account);
    }

    private GatewayResult followUp(String type, FollowUp followUp, GatewayAccount account) {
        return GarantiRequests.followUp(type, followUp, GarantiCredentials.of(account))
                .map(request -> GarantiAnswers.interpret(followUp.bankOrderId(), send(account, request)))
                .orElseGet(() -> GatewayResult.notSent(
                        "the definition has no refund user/password, which Garanti requires for " + type));
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        GarantiCredentials c = GarantiCredentials.of(account);
        if (c.storeKey().isEmpty()) {
            return ThreeDsStart.failed(
                    GatewayResult.notSent("the definition has no store key, which 3-D Secure requires"));
        }
        if (request.model() != PaymentModel.THREE_D_HOST && !request.sale().hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    request.model() + " needs the card; only THREE_D_HOST takes it on the bank's page"));
        }
        var fields = GarantiThreeDsForm.fields(request, c, c.storeKey().get());
        return ThreeDsStart.form(
                c.gate3d(), fields, GarantiThreeDsForm.maskedExchange(c.gate3d().toString(), fields, null));
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        GarantiCredentials c = GarantiCredentials.of(account);
        BankExchange callbackLog =
                new BankExchange(null, 0, null, "callback " + GarantiThreeDsForm.masked(callback.posted()), null);
        if (c.storeKey().isEmpty()) {
            return ThreeDsFinish.rejected("the definition has no store key to verify the callback", callbackLog);
        }
        Optional<String> rejection =
                GarantiCallback.rejection(callback, c, c.storeKey().get());
        if (rejection.isPresent()) {
            return ThreeDsFinish.rejected(rejection.get(), callbackLog.withFailure(rejection.get()));
        }
        if (!GarantiCallback.authenticated(callback)) {
            return ThreeDsFinish.completed(
                    GarantiThreeDsResults.authenticationFailed(callback, callbackLog), callbackLog);
        }
        if (callback.model() == PaymentModel.THREE_D) {
            GvpsRequest provision = GarantiRequests.provision(
                    callback.expected(), callback.kind(), GarantiThreeDsResults.mpiData(callback), c);
            return ThreeDsFinish.completed(
                    GarantiAnswers.interpret(callback.expected().bankOrderId(), send(account, provision)), callbackLog);
        }
        return ThreeDsFinish.completed(GarantiThreeDsResults.fromCallback(callback, callbackLog), callbackLog);
    }

    private BankReply<GvpsResponse> send(GatewayAccount account, GvpsRequest request) {
        return channel().send(request.to(account.endpoint()), account, GarantiAnswers.GVPS_RESPONSE);
    }
}
