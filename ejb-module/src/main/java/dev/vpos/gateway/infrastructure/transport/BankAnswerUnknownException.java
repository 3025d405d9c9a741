package dev.vpos.gateway.infrastructure.transport;

/** The request may have reached the bank but no answer came back in time (timeout, reset): outcome unknown. */
public class BankAnswerUnknownException extends Exception {

    private final long latencyMs;

    public BankAnswerUnknownException(String message, long latencyMs, Throwable cause) {
        super(message, cause);
        this.latencyMs = latencyMs;
    }

    public long latencyMs() {
        return latencyMs;
    }
}
