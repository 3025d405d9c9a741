package dev.vpos.gateway.infrastructure.transport;

/** The request may have reached the bank but no answer came back in time (timeout, reset): outcome unknown. */
public class BankAnswerUnknownException extends BankTransportException {

    public BankAnswerUnknownException(String message, long latencyMs, Throwable cause) {
        super(message, latencyMs, cause);
    }
}
