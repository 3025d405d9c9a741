package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Garanti BBVA GVP: XML {@code GVPSRequest} posted to {@code VPServlet} (v512, SHA-512 hashes), 3-D Secure through
 * {@code servlet/gt3dengine}. Follow-ups name the original OrderID and RRN; void and refund use the refund user.
 */
@ApplicationScoped
public class GarantiGateway implements PaymentGateway {

    @Inject
    BankHttpTransport transport;

    public GarantiGateway() {}

    GarantiGateway(BankHttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public GatewayFamily family() {
        return GatewayFamily.GARANTI;
    }

    @Override
    public Set<GatewayOperation> operations() {
        return EnumSet.allOf(GatewayOperation.class);
    }

    @Override
    public Set<PaymentModel> paymentModels() {
        return EnumSet.allOf(PaymentModel.class);
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String orderId = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
        GvpsRequest query =
                GarantiRequests.inquiry(GarantiRequests.ORDER_INQUIRY, orderId, GarantiCredentials.of(account));
        String masked = query.toMaskedXml();
        try {
            HttpAnswer answer = post(account, query);
            BankExchange exchange = new BankExchange(
                    answer.status(), answer.latencyMs(), masked, GarantiAnswers.loggable(answer.body()), null);
            Optional<GvpsResponse> parsed =
                    answer.status() == 200 ? GvpsResponse.parse(answer.body()) : Optional.empty();
            if (parsed.isEmpty()) {
                return new ConnectionCheck(
                        false,
                        false,
                        null,
                        "the endpoint answered HTTP " + answer.status() + " without a GVPSResponse",
                        exchange);
            }
            GvpsResponse r = parsed.get();
            boolean accepted = "00".equals(r.code()) || GarantiStatusReading.ORDER_NOT_FOUND.equals(r.reasonCode());
            return new ConnectionCheck(true, accepted, r.bankCode(), r.bankMessage(), exchange);
        } catch (BankNotReachedException | BankAnswerUnknownException e) {
            return new ConnectionCheck(
                    false,
                    false,
                    null,
                    e.getMessage(),
                    new BankExchange(null, e.latencyMs(), masked, null, e.getMessage()));
        }
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        GvpsRequest query =
                GarantiRequests.inquiry(GarantiRequests.ORDER_INQUIRY, bankOrderId, GarantiCredentials.of(account));
        return call(
                account,
                query,
                answer -> readInquiry(answer, query, (r, x) -> GarantiStatusReading.read(bankOrderId, r, x)));
    }

    @Override
    public OrderHistory history(String bankOrderId, GatewayAccount account) {
        GvpsRequest query =
                GarantiRequests.inquiry(GarantiRequests.ORDER_HISTORY, bankOrderId, GarantiCredentials.of(account));
        String masked = query.toMaskedXml();
        try {
            HttpAnswer answer = post(account, query);
            BankExchange exchange = new BankExchange(
                    answer.status(), answer.latencyMs(), masked, GarantiAnswers.loggable(answer.body()), null);
            Optional<GvpsResponse> parsed =
                    answer.status() == 200 ? GvpsResponse.parse(answer.body()) : Optional.empty();
            return parsed.map(r -> GarantiHistoryReading.read(bankOrderId, r, exchange))
                    .orElseGet(() -> new OrderHistory(
                            false,
                            java.util.List.of(),
                            GarantiAnswers.withFailure(
                                    exchange, "no readable history answer (HTTP " + answer.status() + ")")));
        } catch (BankNotReachedException | BankAnswerUnknownException e) {
            return new OrderHistory(
                    false, java.util.List.of(), new BankExchange(null, e.latencyMs(), masked, null, e.getMessage()));
        }
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
        return call(
                account,
                request,
                answer -> GarantiAnswers.interpret(instruction.bankOrderId(), answer, request.toMaskedXml()));
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
        Optional<GvpsRequest> request = GarantiRequests.followUp(type, followUp, GarantiCredentials.of(account));
        if (request.isEmpty()) {
            return GatewayResult.notSent(new BankExchange(
                    null,
                    0,
                    null,
                    null,
                    "the definition has no refund user/password, which Garanti requires for " + type));
        }
        GvpsRequest r = request.get();
        return call(account, r, answer -> GarantiAnswers.interpret(followUp.bankOrderId(), answer, r.toMaskedXml()));
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        GarantiCredentials c = GarantiCredentials.of(account);
        if (c.storeKey().isEmpty()) {
            return ThreeDsStart.failed(GatewayResult.notSent(new BankExchange(
                    null, 0, null, null, "the definition has no store key, which 3-D Secure requires")));
        }
        if (request.model() != PaymentModel.THREE_D_HOST && !request.sale().hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(new BankExchange(
                    null,
                    0,
                    null,
                    null,
                    request.model() + " needs the card; only THREE_D_HOST takes it on the bank's page")));
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
            return ThreeDsFinish.rejected(rejection.get(), GarantiAnswers.withFailure(callbackLog, rejection.get()));
        }
        if (!GarantiCallback.authenticated(callback)) {
            return ThreeDsFinish.completed(
                    GarantiThreeDsResults.authenticationFailed(callback, callbackLog), callbackLog);
        }
        if (callback.model() == PaymentModel.THREE_D) {
            GvpsRequest provision = GarantiRequests.provision(
                    callback.expected(), callback.kind(), GarantiThreeDsResults.mpiData(callback), c);
            GatewayResult result = call(
                    account,
                    provision,
                    answer -> GarantiAnswers.interpret(
                            callback.expected().bankOrderId(), answer, provision.toMaskedXml()));
            return ThreeDsFinish.completed(result, callbackLog);
        }
        return ThreeDsFinish.completed(GarantiThreeDsResults.fromCallback(callback, callbackLog), callbackLog);
    }

    private GatewayResult call(
            GatewayAccount account, GvpsRequest request, Function<HttpAnswer, GatewayResult> reading) {
        try {
            return reading.apply(post(account, request));
        } catch (BankNotReachedException e) {
            return GatewayResult.notSent(
                    new BankExchange(null, e.latencyMs(), request.toMaskedXml(), null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return GatewayResult.unknown(
                    new BankExchange(null, e.latencyMs(), request.toMaskedXml(), null, e.getMessage()));
        }
    }

    private static GatewayResult readInquiry(
            HttpAnswer answer,
            GvpsRequest query,
            java.util.function.BiFunction<GvpsResponse, BankExchange, GatewayResult> reading) {
        String masked = query.toMaskedXml();
        BankExchange exchange = new BankExchange(
                answer.status(), answer.latencyMs(), masked, GarantiAnswers.loggable(answer.body()), null);
        Optional<GvpsResponse> parsed = answer.status() == 200 ? GvpsResponse.parse(answer.body()) : Optional.empty();
        return parsed.map(r -> reading.apply(r, exchange))
                .orElseGet(() -> GatewayResult.unknown(GarantiAnswers.withFailure(
                        exchange, "no readable inquiry answer (HTTP " + answer.status() + ")")));
    }

    private HttpAnswer post(GatewayAccount account, GvpsRequest request)
            throws BankNotReachedException, BankAnswerUnknownException {
        return transport.post(
                account.endpoint(),
                request.toXml(),
                GvpsRequest.CONTENT_TYPE,
                account.connectTimeout(),
                account.readTimeout());
    }
}
