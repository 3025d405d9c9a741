package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;
import java.util.Optional;

/**
 * A 2Checkout account as the adapter uses it. The REST API base is the {@code apiUrl} credential, else
 * {@code https://api.2checkout.com/rest/6.0} for 2Checkout's own buy-link host, else the buy-link endpoint with its
 * {@code /checkout/buy} replaced by {@code /rest/6.0} (the simulator serves both under one base).
 */
record TwoCheckoutCredentials(
        String merchantCode,
        String secretKey,
        String buyLinkSecretWord,
        TwoCheckoutAlgorithm algorithm,
        URI buyLink,
        URI apiBase,
        boolean live) {

    static final String LIVE_API = "https://api.2checkout.com/rest/6.0";
    static final String BUY_PATH = "/checkout/buy";
    static final String API_PATH = "/rest/6.0";
    private static final String LIVE_BUY_HOST = "secure.2checkout.com";

    static TwoCheckoutCredentials of(GatewayAccount account) {
        URI endpoint = account.endpoint();
        URI api = Optional.ofNullable(account.credentials().get(TwoCheckoutProfile.API_URL))
                .filter(s -> !s.isBlank())
                .map(URI::create)
                .orElseGet(() -> derivedApi(endpoint));
        return new TwoCheckoutCredentials(
                account.credential(TwoCheckoutProfile.MERCHANT_CODE),
                account.credential(TwoCheckoutProfile.SECRET_KEY),
                account.credential(TwoCheckoutProfile.BUY_LINK_SECRET_WORD),
                TwoCheckoutAlgorithm.of(account.credentials().get(TwoCheckoutProfile.IPN_HASH_ALGORITHM)),
                endpoint,
                api,
                account.live());
    }

    static URI derivedApi(URI endpoint) {
        if (LIVE_BUY_HOST.equalsIgnoreCase(endpoint.getHost())) {
            return URI.create(LIVE_API);
        }
        String base = endpoint.toString().replaceAll("/+$", "");
        if (base.endsWith(BUY_PATH)) {
            return URI.create(base.substring(0, base.length() - BUY_PATH.length()) + API_PATH);
        }
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + API_PATH);
    }

    /** {@code apiBase + path}, path starting with {@code /}. */
    URI api(String pathAndQuery) {
        return URI.create(apiBase.toString().replaceAll("/+$", "") + pathAndQuery);
    }

    @Override
    public String toString() {
        return "TwoCheckoutCredentials[merchant=" + merchantCode + ", algorithm=" + algorithm + ", live=" + live + "]";
    }
}
