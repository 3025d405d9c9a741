package dev.vpos.gateway.infrastructure;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one way an adapter talks to its bank: sends a {@link BankRequest} with the definition's deadlines (connect and
 * read timeout) and classifies what came of it once, for every family — no connection made (nothing can have reached
 * the bank), sent but no answer in time or a reset (the bank may have acted), an HTTP answer that is not one of the
 * family's answers, or the family's answer. The request and the answer are masked by the family and capped for the
 * log in {@link BankReply#exchange()}. Adapters build requests and read answers; they never catch a transport failure.
 */
@ApplicationScoped
public class BankChannel {

    @Inject
    BankHttpTransport transport;

    public BankChannel() {}

    public BankChannel(BankHttpTransport transport) {
        this.transport = transport;
    }

    public <T> BankReply<T> send(BankRequest request, GatewayAccount account, AnswerFormat<T> format) {
        String maskedRequest = LogText.cap(request.masked());
        HttpAnswer http;
        try {
            http = transport.send(
                    request.method(),
                    request.uri(),
                    request.body(),
                    request.contentType(),
                    request.headers(),
                    account.connectTimeout(),
                    account.readTimeout());
        } catch (BankNotReachedException e) {
            return new BankReply<>(
                    false,
                    null,
                    Optional.empty(),
                    new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return new BankReply<>(
                    true,
                    null,
                    Optional.empty(),
                    new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
        String loggedAnswer = LogText.cap(format.logText().apply(http.body()));
        Optional<T> answer = format.reading().apply(http);
        String failure = answer.isPresent()
                ? null
                : http.status() == 200
                        ? "unreadable answer from " + format.party()
                        : format.party() + " answered HTTP " + http.status();
        return new BankReply<>(
                true,
                http.status(),
                answer,
                new BankExchange(http.status(), http.latencyMs(), maskedRequest, loggedAnswer, failure));
    }
}
