package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.BankTransportException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.PaymentModel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/** The EST / NestPay (Payten) "ver3" family: XML {@code CC5Request} posted to {@code /fim/api}. */
@ApplicationScoped
public class EstGateway implements PaymentGateway {

    private static final String CONTENT_TYPE = "text/xml; charset=" + EstXml.CHARSET_NAME;
    private static final int MAX_LOGGED_RESPONSE = 4000;

    @Inject
    BankHttpTransport transport;

    public EstGateway() {
    }

    EstGateway(BankHttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public GatewayFamily family() {
        return GatewayFamily.EST;
    }

    @Override
    public Set<GatewayOperation> operations() {
        return EnumSet.of(GatewayOperation.SALE, GatewayOperation.STATUS);
    }

    @Override
    public Set<PaymentModel> paymentModels() {
        return EnumSet.of(PaymentModel.REGULAR);
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        EstStatusQuery query = new EstStatusQuery(EstCredentials.of(account), "VPTEST" + UUID.randomUUID().toString()
                .replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT));
        String maskedRequest = query.toMaskedXml();
        try {
            HttpAnswer answer = transport.post(account.endpoint(), query.toXml(), CONTENT_TYPE, account.connectTimeout(),
                    account.readTimeout());
            BankExchange exchange = new BankExchange(answer.status(), answer.latencyMs(), maskedRequest,
                    loggable(answer.body()), null);
            return EstConnectionCheck.judge(answer.status(), EstResponse.parse(answer.body()), exchange);
        } catch (BankTransportException e) {
            return new ConnectionCheck(false, false, null, e.getMessage(),
                    new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        EstStatusQuery query = new EstStatusQuery(EstCredentials.of(account), bankOrderId);
        String maskedRequest = query.toMaskedXml();
        try {
            HttpAnswer answer = transport.post(account.endpoint(), query.toXml(), CONTENT_TYPE, account.connectTimeout(),
                    account.readTimeout());
            BankExchange exchange = new BankExchange(answer.status(), answer.latencyMs(), maskedRequest,
                    loggable(answer.body()), null);
            Optional<EstResponse> parsed = answer.status() == 200 ? EstResponse.parse(answer.body()) : Optional.empty();
            return parsed.map(r -> EstStatusReading.read(r, exchange)).orElseGet(() -> GatewayResult.unknown(
                    new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, exchange.maskedResponse(),
                            "no readable status answer (HTTP " + answer.status() + ")")));
        } catch (BankTransportException e) {
            return GatewayResult.unknown(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        EstSaleRequest request = EstSaleRequest.of(sale, EstCredentials.of(account));
        String maskedRequest = request.toMaskedXml();
        HttpAnswer answer;
        try {
            answer = transport.post(account.endpoint(), request.toXml(), CONTENT_TYPE,
                    account.connectTimeout(), account.readTimeout());
        } catch (BankNotReachedException e) {
            return GatewayResult.notSent(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return GatewayResult.unknown(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
        return interpret(sale.bankOrderId(), answer, maskedRequest);
    }

    private static GatewayResult interpret(String orderId, HttpAnswer answer, String maskedRequest) {
        String body = loggable(answer.body());
        Optional<EstResponse> parsed = answer.status() == 200 ? EstResponse.parse(answer.body()) : Optional.empty();
        if (parsed.isEmpty()) {
            String why = answer.status() == 200 ? "unreadable answer from the bank" : "bank answered HTTP " + answer.status();
            return GatewayResult.unknown(new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, why));
        }
        EstResponse r = parsed.get();
        BankExchange exchange = new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, null);
        if (!r.orderId().isEmpty() && !r.orderId().equals(orderId)) {
            return GatewayResult.unknown(new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body,
                    "answer is for order " + r.orderId() + ", not " + orderId));
        }
        if (r.approved()) {
            return new GatewayResult(GatewayOutcome.APPROVED, r.procReturnCode(), r.errMsg(), r.authCode(),
                    r.hostRefNum(), r.transId(), exchange);
        }
        if (r.refused()) {
            return new GatewayResult(GatewayOutcome.DECLINED, r.procReturnCode(), r.message(), null,
                    r.hostRefNum(), r.transId(), exchange);
        }
        return GatewayResult.unknown(new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body,
                "answer has neither an approval nor a refusal (Response=" + r.response() + ")"));
    }

    /** Bank answers carry no card data beyond a masked PAN; cap their size for the log. */
    private static String loggable(byte[] body) {
        String text = new String(body, EstXml.CHARSET);
        return text.length() > MAX_LOGGED_RESPONSE ? text.substring(0, MAX_LOGGED_RESPONSE) + "…" : text;
    }
}
