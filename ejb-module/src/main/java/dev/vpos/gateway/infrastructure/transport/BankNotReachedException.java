package dev.vpos.gateway.infrastructure.transport;

/** No connection to the bank could be made: the request was certainly not sent. */
public class BankNotReachedException extends BankTransportException {

    public BankNotReachedException(String message, long latencyMs, Throwable cause) {
        super(message, latencyMs, cause);
    }
}
