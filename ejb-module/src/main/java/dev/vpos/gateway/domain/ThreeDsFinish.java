package dev.vpos.gateway.domain;

import java.net.URI;
import java.util.Objects;

/**
 * The outcome of a 3-D Secure callback.
 * <ul>
 *   <li>Not authentic ({@link #rejected}): the hash/signature did not verify, or the order, amount, currency or
 *       installments differ from what we expect. Nothing may change but the log; {@code rejection} says why.</li>
 *   <li>Authentic: {@code result} is the final answer. For 3D it is the provision the adapter sent with the MPI data
 *       (or a DECLINED result with the family's 3-D failure code when the authentication status does not allow a
 *       provision); for 3D Pay and 3D Host it is the bank's result read from the callback.</li>
 *   <li>Authentic but not finished ({@link #continueAt}): the provider needs the payer on one more page of its own
 *       before it can answer (Stripe's {@code next_action.redirect_to_url}, the 3-D Secure challenge after our server
 *       confirmed the payment). The payment stays pending; the payer's browser goes to {@code continueAt}, and the
 *       provider sends it back to the same callback. {@code result} (UNKNOWN) records the call for the log.</li>
 * </ul>
 *
 * @param callbackLog the callback as received, masked, for the transaction log
 */
public record ThreeDsFinish(
        boolean authentic, String rejection, GatewayResult result, BankExchange callbackLog, URI continueAt) {

    public ThreeDsFinish {
        Objects.requireNonNull(callbackLog, "callbackLog");
        if (authentic) {
            Objects.requireNonNull(result, "result");
        } else {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    public ThreeDsFinish(boolean authentic, String rejection, GatewayResult result, BankExchange callbackLog) {
        this(authentic, rejection, result, callbackLog, null);
    }

    public static ThreeDsFinish rejected(String why, BankExchange callbackLog) {
        return new ThreeDsFinish(false, why, null, callbackLog, null);
    }

    public static ThreeDsFinish completed(GatewayResult result, BankExchange callbackLog) {
        return new ThreeDsFinish(true, null, result, callbackLog, null);
    }

    /** The payer must go on to the provider's page {@code url}; {@code call} is the provider call that said so. */
    public static ThreeDsFinish continueAt(URI url, GatewayResult call, BankExchange callbackLog) {
        return new ThreeDsFinish(true, null, call, callbackLog, Objects.requireNonNull(url, "url"));
    }

    public boolean continues() {
        return continueAt != null;
    }
}
