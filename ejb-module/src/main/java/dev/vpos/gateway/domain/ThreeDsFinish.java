package dev.vpos.gateway.domain;

import java.util.Objects;

/**
 * The outcome of a 3-D Secure callback.
 * <ul>
 *   <li>Not authentic ({@link #rejected}): the hash/signature did not verify, or the order, amount, currency or
 *       installments differ from what we expect. Nothing may change but the log; {@code rejection} says why.</li>
 *   <li>Authentic: {@code result} is the final answer. For 3D it is the provision the adapter sent with the MPI data
 *       (or a DECLINED result with the family's 3-D failure code when the authentication status does not allow a
 *       provision); for 3D Pay and 3D Host it is the bank's result read from the callback.</li>
 * </ul>
 *
 * @param callbackLog the callback as received, masked, for the transaction log
 */
public record ThreeDsFinish(boolean authentic, String rejection, GatewayResult result, BankExchange callbackLog) {

    public ThreeDsFinish {
        Objects.requireNonNull(callbackLog, "callbackLog");
        if (authentic) {
            Objects.requireNonNull(result, "result");
        } else {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    public static ThreeDsFinish rejected(String why, BankExchange callbackLog) {
        return new ThreeDsFinish(false, why, null, callbackLog);
    }

    public static ThreeDsFinish completed(GatewayResult result, BankExchange callbackLog) {
        return new ThreeDsFinish(true, null, result, callbackLog);
    }
}
