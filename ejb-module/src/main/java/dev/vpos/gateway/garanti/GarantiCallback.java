package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsSale;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the authenticity of a 3-D callback before anything in it is believed, in this order:
 * <ol>
 *   <li>the bank's {@code hash} over the {@code hashparams} values and the store key (constant-time), where
 *       hashparams must cover the terminal, order, result and mdstatus fields;</li>
 *   <li>terminal and order id are ours and the order is the one we expect;</li>
 *   <li>the echoed amount, currency, installments, type and security level are what we expect, and the echoed
 *       {@code secure3dhash} is the one we signed for those values: the bank's hash does not cover the amount,
 *       our own signature over it does.</li>
 * </ol>
 * Then the authentication status by Garanti's rule: mdstatus 1 (full) and 2, 3, 4 (half: not enrolled or attempt)
 * allow a provision; anything else is an authentication failure.
 */
final class GarantiCallback {

    static final Set<String> AUTHENTICATED = Set.of("1", "2", "3", "4");
    private static final List<String> MUST_BE_SIGNED =
            List.of("clientid", "oid", "mdstatus", "procreturncode", "response", "authcode");

    private GarantiCallback() {}

    /** Why the callback is not authentic, or empty when it is. */
    static Optional<String> rejection(ThreeDsCallback callback, GarantiCredentials c, String storeKey) {
        String hashParams = field(callback, "hashparams");
        String hash = field(callback, "hash");
        if (hash.isEmpty() || hashParams.isEmpty()) {
            return Optional.of("callback carries no hash/hashparams");
        }
        List<String> signed = Arrays.asList(hashParams.split(":"));
        if (!signed.containsAll(MUST_BE_SIGNED)) {
            return Optional.of("hashparams do not cover " + MUST_BE_SIGNED + ": " + hashParams);
        }
        if (!GarantiCrypt.sameHash(GarantiCrypt.callbackHash(hashParams, callback.posted(), storeKey), hash)) {
            return Optional.of("callback hash does not verify with the store key");
        }
        ThreeDsSale expected = callback.expected();
        if (!c.terminalId().equals(field(callback, "clientid"))) {
            return Optional.of("callback is for terminal " + field(callback, "clientid"));
        }
        if (!expected.bankOrderId().equals(field(callback, "oid"))
                || !callback.field("orderid")
                        .map(expected.bankOrderId()::equals)
                        .orElse(true)) {
            return Optional.of("callback is for order " + field(callback, "oid") + ", not " + expected.bankOrderId());
        }
        String amount = GarantiFormats.amount(expected.amount());
        String currency = GarantiFormats.currency(expected.amount());
        String installments = GarantiFormats.installments(expected.installments());
        String type = GarantiRequests.typeOf(callback.kind());
        if (!amount.equals(field(callback, "txnamount")) || !currency.equals(field(callback, "txncurrencycode"))) {
            return Optional.of("callback amount " + field(callback, "txnamount") + "/"
                    + field(callback, "txncurrencycode") + " differs from " + amount + "/" + currency);
        }
        if (!installments.equals(field(callback, "txninstallmentcount"))) {
            return Optional.of("callback installments '" + field(callback, "txninstallmentcount") + "' differ from '"
                    + installments + "'");
        }
        if (!type.equals(field(callback, "txntype"))) {
            return Optional.of("callback type " + field(callback, "txntype") + " differs from " + type);
        }
        if (!GarantiThreeDsForm.securityLevel(callback.model()).equals(field(callback, "secure3dsecuritylevel"))) {
            return Optional.of("callback security level " + field(callback, "secure3dsecuritylevel") + " is not "
                    + GarantiThreeDsForm.securityLevel(callback.model()));
        }
        String user = c.userFor(type).orElseThrow().password();
        String ours = GarantiCrypt.secure3dHash(
                c.terminalId(),
                expected.bankOrderId(),
                amount,
                currency,
                field(callback, "successurl"),
                field(callback, "errorurl"),
                type,
                installments,
                storeKey,
                GarantiCrypt.securityData(user, c.terminalId()));
        if (!GarantiCrypt.sameHash(ours, field(callback, "secure3dhash"))) {
            return Optional.of("echoed secure3dhash is not the one we signed for this order and amount");
        }
        return Optional.empty();
    }

    static boolean authenticated(ThreeDsCallback callback) {
        return AUTHENTICATED.contains(field(callback, "mdstatus"));
    }

    static String field(ThreeDsCallback callback, String name) {
        return callback.field(name).orElse("");
    }
}
