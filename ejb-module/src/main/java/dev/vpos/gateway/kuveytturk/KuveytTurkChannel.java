package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * One POST to the bank with the definition's deadlines. Never connected: NOT_SENT. Sent but no answer (timeout,
 * reset): UNKNOWN. Otherwise the caller reads the HTTP answer.
 */
final class KuveytTurkChannel {

    private final BankHttpTransport transport;

    KuveytTurkChannel(BankHttpTransport transport) {
        this.transport = transport;
    }

    GatewayResult post(
            URI uri,
            byte[] body,
            String maskedRequest,
            Map<String, String> headers,
            GatewayAccount account,
            Function<HttpAnswer, GatewayResult> read) {
        HttpAnswer answer;
        try {
            answer = transport.send(
                    "POST",
                    uri,
                    body,
                    KuveytTurkRequest.CONTENT_TYPE,
                    headers,
                    account.connectTimeout(),
                    account.readTimeout());
        } catch (BankNotReachedException e) {
            return GatewayResult.notSent(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return GatewayResult.unknown(new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
        return read.apply(answer);
    }
}
