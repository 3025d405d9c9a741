package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Sends one {@code posnetRequest} and tells what came of it: a readable {@code posnetResponse}, or why not. */
final class PosNetCaller {

    /** How a call ended. */
    enum Ending {
        /** A well-formed {@code posnetResponse} came back with HTTP 200. */
        ANSWERED,
        /** No connection could be made: nothing reached the bank. */
        NOT_REACHED,
        /** Sent, but no usable answer (timeout, reset, HTTP error, unreadable body). */
        NO_ANSWER
    }

    /** The outcome of a call; {@code root} is present only when {@code ending} is ANSWERED. */
    record Call(Ending ending, Optional<PosNetNode> root, BankExchange exchange) {

        PosNetNode answer() {
            return root.orElseThrow();
        }

        Call withFailure(String failure) {
            return new Call(
                    ending,
                    root,
                    new BankExchange(
                            exchange.httpStatus(),
                            exchange.latencyMs(),
                            exchange.maskedRequest(),
                            exchange.maskedResponse(),
                            failure));
        }
    }

    private static final int MAX_LOGGED = 4000;
    private static final Pattern OPAQUE = Pattern.compile("<(data1|data2|sign|mac|bankData|merchantData)>[^<]*</\\1>");

    private final BankHttpTransport transport;

    PosNetCaller(BankHttpTransport transport) {
        this.transport = transport;
    }

    Call call(PosNetRequest request, GatewayAccount account) {
        String maskedRequest = request.masked();
        HttpAnswer answer;
        try {
            answer = transport.post(
                    account.endpoint(),
                    request.body(),
                    PosNetXml.FORM_CONTENT_TYPE,
                    account.connectTimeout(),
                    account.readTimeout());
        } catch (BankNotReachedException e) {
            return new Call(
                    Ending.NOT_REACHED,
                    Optional.empty(),
                    new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return new Call(
                    Ending.NO_ANSWER,
                    Optional.empty(),
                    new BankExchange(null, e.latencyMs(), maskedRequest, null, e.getMessage()));
        }
        String body = loggable(answer.body());
        Optional<PosNetNode> root = answer.status() == 200
                ? PosNetNode.parse(answer.body()).filter(r -> "posnetResponse".equals(r.name()))
                : Optional.empty();
        if (root.isEmpty()) {
            String why = answer.status() == 200
                    ? "unreadable answer from the bank"
                    : "bank answered HTTP " + answer.status();
            return new Call(
                    Ending.NO_ANSWER,
                    Optional.empty(),
                    new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, why));
        }
        return new Call(
                Ending.ANSWERED,
                root,
                new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, null));
    }

    /** The answer as text, the bank's opaque packets and MACs replaced by {@code ***}, capped for the log. */
    static String loggable(byte[] body) {
        String text = OPAQUE.matcher(new String(body, PosNetXml.CHARSET)).replaceAll("<$1>***</$1>");
        return text.length() > MAX_LOGGED ? text.substring(0, MAX_LOGGED) + "…" : text;
    }
}
