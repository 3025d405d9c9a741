package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;
import java.util.Locale;

/**
 * Where each call goes. The definition's endpoint is the payment base ({@code .../boa.virtualpos.services/Home} in
 * test, {@code .../ServiceGateWay/Home} in production); the gates hang below it. The SOAP service lives beside the
 * test base on the same host, on {@code boa.kuveytturk.com.tr} in production; a {@code serviceUrl} credential wins.
 */
final class KuveytTurkEndpoints {

    static final String NON_3D = "Non3DPayGate";
    static final String ENROLLMENT = "ThreeDModelPayGate";
    static final String PROVISION = "ThreeDModelProvisionGate";
    static final String SERVICE_PATH =
            "/BOA.Integration.WCFService/BOA.Integration.VirtualPos/VirtualPosService.svc/Basic";
    static final String LIVE_HOST = "sanalpos.kuveytturk.com.tr";
    static final String LIVE_SERVICE = "https://boa.kuveytturk.com.tr" + SERVICE_PATH;
    private static final String TEST_BASE = "/boa.virtualpos.services/home";

    private KuveytTurkEndpoints() {}

    static URI gate(GatewayAccount account, String gate) {
        String base = account.endpoint().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + gate);
    }

    static URI service(GatewayAccount account, KuveytTurkCredentials credentials) {
        if (credentials.serviceUrl().isPresent()) {
            return URI.create(credentials.serviceUrl().get());
        }
        URI endpoint = account.endpoint();
        if (LIVE_HOST.equalsIgnoreCase(endpoint.getHost())) {
            return URI.create(LIVE_SERVICE);
        }
        String base = endpoint.toString().replaceAll("/+$", "");
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith(TEST_BASE)) {
            return URI.create(base.substring(0, base.length() - TEST_BASE.length()) + SERVICE_PATH);
        }
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + SERVICE_PATH);
    }
}
