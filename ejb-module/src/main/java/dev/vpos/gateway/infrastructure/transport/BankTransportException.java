package dev.vpos.gateway.infrastructure.transport;

/** A bank call that produced no HTTP answer, with how long it took to find out. */
public abstract class BankTransportException extends Exception {

    private final long latencyMs;

    protected BankTransportException(String message, long latencyMs, Throwable cause) {
        super(message, cause);
        this.latencyMs = latencyMs;
    }

    public long latencyMs() {
        return latencyMs;
    }
}
