package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 2Checkout (Verifone): the merchant code, the account's secret key (signs IPNs and authenticates REST API calls), the
 * buy-link secret word (signs ConvertPlus buy links and the return to our callback), the IPN hash algorithm the account
 * uses (HMAC-MD5 on legacy accounts, HMAC-SHA256 or HMAC-SHA3-256 on newer ones) and, optionally, the REST API base URL
 * (derived from the definition's buy-link endpoint when empty). The definition's endpoint is the ConvertPlus buy link
 * ({@code https://secure.2checkout.com/checkout/buy}); a TEST definition places test orders ({@code test=1}).
 */
@ApplicationScoped
public class TwoCheckoutProfile implements FamilyProfile {

    static final String MERCHANT_CODE = "merchantCode";
    static final String SECRET_KEY = "secretKey";
    static final String BUY_LINK_SECRET_WORD = "buyLinkSecretWord";
    static final String IPN_HASH_ALGORITHM = "ipnHashAlgorithm";
    static final String API_URL = "apiUrl";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.TWOCHECKOUT,
            "2Checkout (Verifone)",
            List.of(
                    new CredentialField(
                            MERCHANT_CODE, "Merchant code", false, true, "[A-Za-z0-9]{1,20}", "letters and digits"),
                    new CredentialField(
                            SECRET_KEY,
                            "Secret key (IPN and REST API)",
                            true,
                            true,
                            "\\S{8,128}",
                            "8–128 characters, no spaces"),
                    new CredentialField(
                            BUY_LINK_SECRET_WORD,
                            "Buy-link secret word (ConvertPlus signature)",
                            true,
                            true,
                            "\\S{4,128}",
                            "4–128 characters, no spaces"),
                    new CredentialField(
                            IPN_HASH_ALGORITHM,
                            "IPN / API hash algorithm",
                            false,
                            true,
                            "MD5|SHA256|SHA3_256",
                            "MD5 (legacy accounts), SHA256 or SHA3_256"),
                    new CredentialField(
                            API_URL,
                            "REST API base URL; empty = derived from the endpoint",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL")),
            List.of("THREE_D_HOST"),
            "https://secure.2checkout.com/checkout/buy",
            "https://secure.2checkout.com/checkout/buy");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }

    /** The two secrets sign different things; the same value for both would let a buy-link signer forge IPNs. */
    @Override
    public List<FieldError> check(boolean live, Map<String, String> credentials) {
        List<FieldError> errors = new ArrayList<>();
        String key = credentials.get(SECRET_KEY);
        String word = credentials.get(BUY_LINK_SECRET_WORD);
        if (key != null && !key.isBlank() && key.equals(word)) {
            errors.add(FieldError.of("credentials." + BUY_LINK_SECRET_WORD, "definition.twoCheckoutSameSecret"));
        }
        return errors;
    }
}
