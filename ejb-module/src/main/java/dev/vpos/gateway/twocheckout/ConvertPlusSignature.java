package dev.vpos.gateway.twocheckout;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ConvertPlus signature (2Checkout knowledge center, "ConvertPlus Buy-Links Signature" and "Signature validation
 * for return URL via ConvertPlus"): the parameters to sign sorted alphabetically by name, each value serialised with
 * its length, concatenated, HMAC-SHA256 with the buy-link secret word, hex. A buy link signs the documented parameters
 * it carries; the return to {@code return-url} signs every parameter it carries except {@code signature}. Values are
 * signed unencoded (the return URL as a plain URL).
 */
final class ConvertPlusSignature {

    /** The buy-link parameters 2Checkout documents as signed (general ones and those of dynamic products). */
    static final Set<String> SIGNED_BUY_LINK_PARAMETERS = Set.of(
            "return-url",
            "return-type",
            "expiration",
            "order-ext-ref",
            "item-ext-ref",
            "customer-ref",
            "customer-ext-ref",
            "lock",
            "currency",
            "prod",
            "price",
            "qty",
            "tangible",
            "type",
            "opt",
            "coupon",
            "description",
            "recurrence",
            "duration",
            "renewal-price");

    static final String SIGNATURE = "signature";

    private ConvertPlusSignature() {}

    /** The signature of a buy link: over those of its parameters that are signed. */
    static String ofBuyLink(Map<String, String> parameters, String buyLinkSecretWord) {
        Map<String, String> signed = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (SIGNED_BUY_LINK_PARAMETERS.contains(name)) {
                signed.put(name, value);
            }
        });
        return sign(signed, buyLinkSecretWord);
    }

    /** The signature of a return to our callback: over all its parameters but {@code signature}. */
    static String ofReturn(Map<String, String> parameters, String buyLinkSecretWord) {
        Map<String, String> signed = new TreeMap<>(parameters);
        signed.remove(SIGNATURE);
        return sign(signed, buyLinkSecretWord);
    }

    /** The serialised source of sorted parameters (for tests and the log of a refusal: it holds no secret). */
    static String source(Map<String, String> sortedParameters) {
        return LengthPrefixed.of(new TreeMap<>(sortedParameters).values());
    }

    private static String sign(Map<String, String> sorted, String secretWord) {
        return TwoCheckoutAlgorithm.SHA256.hmacHex(secretWord, source(sorted));
    }
}
