package dev.vpos.gateway.domain;

/**
 * The wire-level record of one bank call, already masked: what was sent, what came back, how long it took.
 * {@code failure} describes a transport failure (timeout, refused, unreadable) when there is one.
 */
public record BankExchange(
        Integer httpStatus, long latencyMs, String maskedRequest, String maskedResponse, String failure) {

    /** Nothing left the building (a request refused before sending, an operation not offered): only why. */
    public static BankExchange nothingSent(String why) {
        return new BankExchange(null, 0, null, null, why);
    }

    /**
     * This call and {@code next} as one record (an inquiry made of several calls): the later call's status and
     * failure, the time of both, requests and answers one after the other.
     */
    public BankExchange then(BankExchange next) {
        return new BankExchange(
                next.httpStatus,
                latencyMs + next.latencyMs,
                join(maskedRequest, next.maskedRequest),
                join(maskedResponse, next.maskedResponse),
                next.failure);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "\n" + b;
    }

    /** The same exchange, with {@code why} the bank's answer settles nothing. */
    public BankExchange withFailure(String why) {
        return new BankExchange(httpStatus, latencyMs, maskedRequest, maskedResponse, why);
    }
}
