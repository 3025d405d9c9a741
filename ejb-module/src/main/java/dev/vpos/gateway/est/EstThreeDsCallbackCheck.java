package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.CardNumber;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks of the gate's callback, before anything is believed: {@code HASH} = ver3 over every posted field with
 * the store key (constant time), then the merchant, order, amount, currency, installments, model and operation
 * against what we sent. Then the reading: EST accepts only mdStatus {@code 1} (mews/pos EstPos: "Full 3D Secure";
 * 2, 3, 4 "half" are refused for this family, as is every other value); a failed authentication is DECLINED with
 * bank code {@code MD:<mdStatus>}; an early gateway error (no mdStatus, {@code Response=Error}) is DECLINED with its
 * {@code ErrorCode} (e.g. {@code HPP-1001}).
 */
final class EstThreeDsCallbackCheck {

    static final String AUTHENTICATED = "1";
    /** The callback's secrets withheld and a card number masked, whatever the case of its field names. */
    private static final FieldMasking CALLBACK_MASKING = (name, value) -> value == null
            ? null
            : Set.of("hash", "cavv", "md", "cv2", "password").contains(name.toLowerCase(Locale.ROOT))
                    ? "***"
                    : "pan".equalsIgnoreCase(name) ? CardNumber.mask(value) : value;

    private EstThreeDsCallbackCheck() {}

    /** Why the callback cannot be believed; empty when it is authentic and about our payment. */
    static Optional<String> rejection(ThreeDsCallback callback, EstCredentials credentials, String storeKey) {
        Map<String, String> p = callback.posted();
        String hash = p.get("HASH");
        if (hash == null || hash.isEmpty()) {
            return Optional.of("the callback carries no HASH");
        }
        if (!EstHashV3.matches(hash, EstHashV3.of(p, storeKey))) {
            return Optional.of("the callback's HASH does not verify with the store key");
        }
        ThreeDsSale expected = callback.expected();
        if (!credentials.clientId().equals(value(p, "clientid"))) {
            return Optional.of(
                    "the callback is for client " + value(p, "clientid") + ", not " + credentials.clientId());
        }
        if (!expected.bankOrderId().equals(value(p, "oid"))
                || (p.containsKey("ReturnOid") && !expected.bankOrderId().equals(value(p, "ReturnOid")))) {
            return Optional.of("the callback is for order " + value(p, "oid") + ", not " + expected.bankOrderId());
        }
        if (!sameAmount(value(p, "amount"), expected.amount().amount())) {
            return Optional.of("the callback's amount " + value(p, "amount") + " is not "
                    + expected.amount().amount());
        }
        if (!EstFormats.currency(expected.amount()).equals(value(p, "currency"))) {
            return Optional.of("the callback's currency " + value(p, "currency") + " is not "
                    + EstFormats.currency(expected.amount()));
        }
        if (installments(value(p, "taksit")) != Math.max(1, expected.installments())) {
            return Optional.of(
                    "the callback's installments '" + value(p, "taksit") + "' are not " + expected.installments());
        }
        if (!EstThreeDsForm.storeType(callback.model()).equals(value(p, "storetype"))) {
            return Optional.of("the callback's storetype " + value(p, "storetype") + " is not the definition's model");
        }
        String tranType = p.containsKey("TranType") ? value(p, "TranType") : value(p, "islemtipi");
        if (!EstThreeDsForm.tranType(callback.kind()).equals(tranType)) {
            return Optional.of(
                    "the callback's TranType " + tranType + " is not " + EstThreeDsForm.tranType(callback.kind()));
        }
        return Optional.empty();
    }

    /** The DECLINED result when the authentication does not allow a provision; empty when it does (mdStatus 1). */
    static Optional<GatewayResult> authenticationRefused(Map<String, String> p, BankExchange log) {
        String mdStatus = value(p, "mdStatus");
        if (mdStatus.isEmpty() && "Error".equals(value(p, "Response"))) {
            String code = !value(p, "ErrorCode").isEmpty()
                    ? value(p, "ErrorCode")
                    : value(p, "ProcReturnCode").isEmpty() ? "99" : value(p, "ProcReturnCode");
            return Optional.of(
                    new GatewayResult(GatewayOutcome.DECLINED, code, value(p, "ErrMsg"), null, null, null, log));
        }
        if (!AUTHENTICATED.equals(mdStatus)) {
            return Optional.of(new GatewayResult(
                    GatewayOutcome.DECLINED,
                    "MD:" + (mdStatus.isEmpty() ? "?" : mdStatus),
                    value(p, "mdErrorMsg"),
                    null,
                    null,
                    null,
                    log));
        }
        return Optional.empty();
    }

    /** 3D Pay / 3D Host after mdStatus 1: the bank's provision result, posted with the callback. */
    static GatewayResult provisionResult(Map<String, String> p, BankExchange log) {
        String response = value(p, "Response");
        String code = value(p, "ProcReturnCode");
        if ("Approved".equals(response) && "00".equals(code)) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    value(p, "ErrMsg"),
                    value(p, "AuthCode"),
                    value(p, "HostRefNum"),
                    value(p, "TransId"),
                    log);
        }
        if (("Declined".equals(response) || "Error".equals(response)) && !code.isEmpty()) {
            String message = value(p, "ErrorCode").isEmpty()
                    ? value(p, "ErrMsg")
                    : value(p, "ErrMsg") + " [" + value(p, "ErrorCode") + "]";
            return new GatewayResult(
                    GatewayOutcome.DECLINED, code, message, null, value(p, "HostRefNum"), value(p, "TransId"), log);
        }
        return GatewayResult.unknown(new BankExchange(
                log.httpStatus(),
                log.latencyMs(),
                log.maskedRequest(),
                log.maskedResponse(),
                "the callback has no provision result (Response=" + response + ")"));
    }

    /** The callback as received, for the log: store-key hash, cryptogram and md removed, any card number masked. */
    static BankExchange log(Map<String, String> posted) {
        Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(posted);
        return new BankExchange(null, 0, null, LogText.fields(sorted, "\n", CALLBACK_MASKING), null);
    }

    private static boolean sameAmount(String posted, BigDecimal expected) {
        try {
            return new BigDecimal(posted).compareTo(expected) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code ""}, {@code 0} and {@code 1} are a single payment. */
    private static int installments(String taksit) {
        return taksit.matches("\\d{1,2}") ? Math.max(1, Integer.parseInt(taksit)) : taksit.isEmpty() ? 1 : -1;
    }

    static String value(Map<String, String> p, String name) {
        String v = p.get(name);
        return v == null ? "" : v.trim();
    }
}
