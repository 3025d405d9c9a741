package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One POST of a {@code PayforRequest} to {@code XMLGate.aspx}, and what came of it: not reached, no usable answer
 * (timeout, reset, HTTP other than 200, not a {@code PayforResponse}) or a parsed answer; always with the masked
 * exchange for the log.
 */
final class PayForCall {

    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    static final int MAX_LOGGED = 4000;

    /** {@code response} is present only when the bank gave a readable answer. */
    record Reply(boolean reached, Optional<PayForResponse> response, BankExchange exchange) {

        GatewayResult failure() {
            return reached ? GatewayResult.unknown(exchange) : GatewayResult.notSent(exchange);
        }

        BankExchange failing(String why) {
            return new BankExchange(
                    exchange.httpStatus(),
                    exchange.latencyMs(),
                    exchange.maskedRequest(),
                    exchange.maskedResponse(),
                    why);
        }
    }

    private final BankHttpTransport transport;

    PayForCall(BankHttpTransport transport) {
        this.transport = transport;
    }

    Reply send(GatewayAccount account, PayForRequest request) {
        String masked = request.toMaskedXml();
        HttpAnswer answer;
        try {
            answer = transport.post(
                    account.endpoint(), request.toXml(), CONTENT_TYPE, account.connectTimeout(), account.readTimeout());
        } catch (BankNotReachedException e) {
            return new Reply(
                    false, Optional.empty(), new BankExchange(null, e.latencyMs(), masked, null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return new Reply(
                    true, Optional.empty(), new BankExchange(null, e.latencyMs(), masked, null, e.getMessage()));
        }
        String body = loggable(answer.body());
        Optional<PayForResponse> parsed =
                answer.status() == 200 ? PayForResponse.parse(answer.body()) : Optional.empty();
        String why = parsed.isPresent()
                ? null
                : answer.status() == 200 ? "unreadable answer from the bank" : "bank answered HTTP " + answer.status();
        return new Reply(true, parsed, new BankExchange(answer.status(), answer.latencyMs(), masked, body, why));
    }

    /**
     * Reads a payment or follow-up answer: {@code 00} approved, any other code declined, an answer for another order
     * (its {@code TransId}) or without a code unknown.
     */
    static GatewayResult payment(Reply reply, String orderId) {
        if (reply.response().isEmpty()) {
            return reply.failure();
        }
        PayForResponse r = reply.response().get();
        String transId = r.get("TransId");
        if (!transId.isEmpty() && !transId.equals(orderId)) {
            return GatewayResult.unknown(reply.failing("answer is for order " + transId + ", not " + orderId));
        }
        if (r.procReturnCode().isEmpty()) {
            return GatewayResult.unknown(reply.failing("answer has no ProcReturnCode"));
        }
        GatewayOutcome outcome = r.approved() ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED;
        return new GatewayResult(
                outcome,
                r.procReturnCode(),
                r.get("ErrMsg"),
                r.approved() ? r.get("AuthCode") : null,
                r.get("HostRefNum"),
                transId,
                reply.exchange());
    }

    /** Bank answers carry no card data beyond a masked PAN; capped for the log. */
    static String loggable(byte[] body) {
        return cap(new String(body, StandardCharsets.UTF_8));
    }

    static String cap(String text) {
        return text.length() > MAX_LOGGED ? text.substring(0, MAX_LOGGED) + "…" : text;
    }
}
