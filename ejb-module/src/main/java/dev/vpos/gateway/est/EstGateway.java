package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
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
import dev.vpos.gateway.infrastructure.transport.BankTransportException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The EST / NestPay (Payten) "ver3" family: XML {@code CC5Request} posted to {@code /fim/api} for sale, pre-auth,
 * post-auth (partial allowed), void, credit (partial allowed), order status and order history; and the 3-D gate
 * {@code /fim/est3Dgate} (3D, 3D Pay, 3D Host = {@code 3d_pay_hosting}) with the ver3 SHA-512 hash. Every follow-up
 * is addressed by our original order id (EST has no separate operation id). EST's rule: a same-day transaction is
 * voided, a refund is accepted only after the day-end batch.
 */
@ApplicationScoped
public class EstGateway implements PaymentGateway {

    private static final String CONTENT_TYPE = "text/xml; charset=" + EstXml.CHARSET_NAME;
    private static final int MAX_LOGGED_RESPONSE = 4000;
    /** EST history rows carry no currency; see {@link #history}. */
    private static final Currency HISTORY_CURRENCY = Currency.getInstance("TRY");

    @Inject
    BankHttpTransport transport;

    public EstGateway() {}

    EstGateway(BankHttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public GatewayFamily family() {
        return GatewayFamily.EST;
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
        EstCc5Request query = EstCc5Request.query(
                EstCredentials.of(account),
                "VPTEST"
                        + UUID.randomUUID()
                                .toString()
                                .replace("-", "")
                                .substring(0, 14)
                                .toUpperCase(Locale.ROOT),
                "ORDERSTATUS");
        String maskedRequest = query.toMaskedXml();
        try {
            HttpAnswer answer = post(account, query);
            BankExchange exchange =
                    new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, loggable(answer.body()), null);
            return EstConnectionCheck.judge(answer.status(), EstResponse.parse(answer.body()), exchange);
        } catch (BankTransportException e) {
            return new ConnectionCheck(
                    false,
                    false,
                    null,
                    e.getMessage(),
                    new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        EstCc5Request query = EstCc5Request.query(EstCredentials.of(account), bankOrderId, "ORDERSTATUS");
        String maskedRequest = query.toMaskedXml();
        try {
            HttpAnswer answer = post(account, query);
            BankExchange exchange =
                    new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, loggable(answer.body()), null);
            Optional<EstResponse> parsed = answer.status() == 200 ? EstResponse.parse(answer.body()) : Optional.empty();
            return parsed.map(r -> EstStatusReading.read(r, exchange))
                    .orElseGet(() -> GatewayResult.unknown(
                            withFailure(exchange, "no readable status answer (HTTP " + answer.status() + ")")));
        } catch (BankTransportException e) {
            return GatewayResult.unknown(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
    }

    /**
     * The order's transactions as the bank lists them. EST's rows carry no currency: amounts are read as TRY (the
     * currency of every EST merchant we know); a caller with a foreign-currency order should take the amounts from
     * its own record.
     */
    @Override
    public OrderHistory history(String bankOrderId, GatewayAccount account) {
        EstCc5Request query = EstCc5Request.query(EstCredentials.of(account), bankOrderId, "ORDERHISTORY");
        String maskedRequest = query.toMaskedXml();
        try {
            HttpAnswer answer = post(account, query);
            BankExchange exchange =
                    new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, loggable(answer.body()), null);
            Optional<EstResponse> parsed = answer.status() == 200 ? EstResponse.parse(answer.body()) : Optional.empty();
            return parsed.map(r -> EstHistoryReading.read(r, HISTORY_CURRENCY, exchange))
                    .orElseGet(() -> new OrderHistory(
                            false,
                            List.of(),
                            withFailure(exchange, "no readable history answer (HTTP " + answer.status() + ")")));
        } catch (BankTransportException e) {
            return new OrderHistory(
                    false, List.of(), new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
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
            return ThreeDsStart.failed(GatewayResult.notSent(
                    new BankExchange(null, 0, null, null, "the definition has no store key: EST 3-D models need it")));
        }
        if (request.model() != PaymentModel.THREE_D_HOST && !request.sale().hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(new BankExchange(
                    null,
                    0,
                    null,
                    null,
                    request.model() + " needs the card; only 3D Host takes it on the bank's page")));
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

    private HttpAnswer post(GatewayAccount account, EstCc5Request request)
            throws BankNotReachedException, BankAnswerUnknownException {
        return transport.post(
                account.endpoint(), request.toXml(), CONTENT_TYPE, account.connectTimeout(), account.readTimeout());
    }

    /** An operation: NOT_SENT only when no connection was made, UNKNOWN for anything the bank may have done. */
    private GatewayResult call(EstCc5Request request, GatewayAccount account, String orderId) {
        String maskedRequest = request.toMaskedXml();
        HttpAnswer answer;
        try {
            answer = post(account, request);
        } catch (BankNotReachedException e) {
            return GatewayResult.notSent(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return GatewayResult.unknown(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
        return interpret(orderId, answer, maskedRequest);
    }

    private static GatewayResult interpret(String orderId, HttpAnswer answer, String maskedRequest) {
        String body = loggable(answer.body());
        Optional<EstResponse> parsed = answer.status() == 200 ? EstResponse.parse(answer.body()) : Optional.empty();
        if (parsed.isEmpty()) {
            String why = answer.status() == 200
                    ? "unreadable answer from the bank"
                    : "bank answered HTTP " + answer.status();
            return GatewayResult.unknown(
                    new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, why));
        }
        EstResponse r = parsed.get();
        BankExchange exchange = new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, null);
        if (!r.orderId().isEmpty() && !r.orderId().equals(orderId)) {
            return GatewayResult.unknown(
                    withFailure(exchange, "answer is for order " + r.orderId() + ", not " + orderId));
        }
        if (r.approved()) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    r.procReturnCode(),
                    r.errMsg(),
                    r.authCode(),
                    r.hostRefNum(),
                    r.transId(),
                    exchange);
        }
        if (r.refused()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    r.procReturnCode(),
                    r.message(),
                    null,
                    r.hostRefNum(),
                    r.transId(),
                    exchange);
        }
        return GatewayResult.unknown(
                withFailure(exchange, "answer has neither an approval nor a refusal (Response=" + r.response() + ")"));
    }

    private static BankExchange withFailure(BankExchange x, String failure) {
        return new BankExchange(x.httpStatus(), x.latencyMs(), x.maskedRequest(), x.maskedResponse(), failure);
    }

    /** Bank answers carry no card data beyond a masked PAN; cap their size for the log. */
    private static String loggable(byte[] body) {
        String text = new String(body, EstXml.CHARSET);
        return text.length() > MAX_LOGGED_RESPONSE ? text.substring(0, MAX_LOGGED_RESPONSE) + "…" : text;
    }
}
