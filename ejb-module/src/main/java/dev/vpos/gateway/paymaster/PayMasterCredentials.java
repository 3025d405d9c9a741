package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A PayMaster site as the adapter uses it. The REST API base is the {@code apiUrl} credential, else
 * {@code https://paymaster.ru/api/v1} for PayMaster's own host, else the endpoint with its {@code /Payment/Init}
 * replaced by {@code /api/v1} (the simulator serves both under one base).
 */
record PayMasterCredentials(
        String merchantId,
        String secretKey,
        PayMasterHashAlgorithm algorithm,
        String apiLogin,
        String apiPassword,
        URI paymentForm,
        URI apiBase,
        boolean live) {

    static final String LIVE_API = "https://paymaster.ru/api/v1";
    static final String FORM_PATH = "/payment/init";
    static final String API_PATH = "/api/v1";

    static PayMasterCredentials of(GatewayAccount account) {
        URI endpoint = account.endpoint();
        URI api = Optional.ofNullable(account.credentials().get(PayMasterProfile.API_URL))
                .filter(s -> !s.isBlank())
                .map(URI::create)
                .orElseGet(() -> derivedApi(endpoint));
        return new PayMasterCredentials(
                account.credential(PayMasterProfile.MERCHANT_ID),
                account.credential(PayMasterProfile.SECRET_KEY),
                PayMasterHashAlgorithm.of(account.credential(PayMasterProfile.HASH_ALGORITHM)),
                account.credential(PayMasterProfile.API_LOGIN),
                account.credential(PayMasterProfile.API_PASSWORD),
                endpoint,
                api,
                account.live());
    }

    static URI derivedApi(URI endpoint) {
        if ("paymaster.ru".equalsIgnoreCase(endpoint.getHost())) {
            return URI.create(LIVE_API);
        }
        String base = endpoint.toString().replaceAll("/+$", "");
        if (base.toLowerCase(Locale.ROOT).endsWith(FORM_PATH)) {
            return URI.create(base.substring(0, base.length() - FORM_PATH.length()) + API_PATH);
        }
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + API_PATH);
    }

    URI api(String methodAndQuery) {
        return URI.create(apiBase.toString().replaceAll("/+$", "") + "/" + methodAndQuery);
    }

    @Override
    public String toString() {
        return "PayMasterCredentials[merchant=" + merchantId + ", algorithm=" + algorithm + ", live=" + live + "]";
    }
}
