package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A PayFlex merchant's credentials and the three addresses it talks to: the provision API (the definition's
 * endpoint), the MPI enrollment service (3-D) and the search service (status). When the enrollment or search URL is
 * not given it is derived from an endpoint ending in {@code /VposService/v3/Vposreq.aspx}: the search service is
 * {@code /UIService/Search.aspx} on the same host, the enrollment {@code /MPIAPI/MPI_Enrollment.aspx} on VakıfBank's
 * 3-D host ({@code onlineodeme[test]} → {@code 3dsecure[test]}) or, for any other host (the simulator), on the same one.
 */
record PayFlexCredentials(
        String merchantId,
        String terminalNo,
        String password,
        URI endpoint,
        Optional<URI> enrollmentUrl,
        Optional<URI> searchUrl,
        String serverIp) {

    static final String MERCHANT_ID = "merchantId";
    static final String TERMINAL_NO = "terminalNo";
    static final String PASSWORD = "password";
    static final String ENROLLMENT_URL = "enrollmentUrl";
    static final String SEARCH_URL = "searchUrl";
    static final String SERVER_IP = "serverIp";

    static final String API_PATH = "/VposService/v3/Vposreq.aspx";
    static final String SEARCH_PATH = "/UIService/Search.aspx";
    static final String ENROLLMENT_PATH = "/MPIAPI/MPI_Enrollment.aspx";
    private static final Map<String, String> THREE_D_HOSTS = Map.of(
            "onlineodemetest.vakifbank.com.tr", "3dsecuretest.vakifbank.com.tr",
            "onlineodeme.vakifbank.com.tr", "3dsecure.vakifbank.com.tr");

    static PayFlexCredentials of(GatewayAccount account) {
        URI endpoint = account.endpoint();
        return new PayFlexCredentials(
                account.credential(MERCHANT_ID),
                account.credential(TERMINAL_NO),
                account.credential(PASSWORD),
                endpoint,
                given(account, ENROLLMENT_URL).or(() -> derived(endpoint, ENROLLMENT_PATH, true)),
                given(account, SEARCH_URL).or(() -> derived(endpoint, SEARCH_PATH, false)),
                Optional.ofNullable(account.credentials().get(SERVER_IP))
                        .filter(s -> !s.isBlank())
                        .orElse("127.0.0.1"));
    }

    private static Optional<URI> given(GatewayAccount account, String name) {
        return Optional.ofNullable(account.credentials().get(name))
                .filter(s -> !s.isBlank())
                .map(URI::create);
    }

    static Optional<URI> derived(URI endpoint, String path, boolean threeDHost) {
        String p = endpoint.getPath();
        if (p == null || !p.endsWith(API_PATH)) {
            return Optional.empty();
        }
        String host =
                threeDHost ? THREE_D_HOSTS.getOrDefault(endpoint.getHost(), endpoint.getHost()) : endpoint.getHost();
        String prefix = p.substring(0, p.length() - API_PATH.length());
        String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
        return Optional.of(URI.create(endpoint.getScheme() + "://" + host + port + prefix + path));
    }

    @Override
    public String toString() {
        return "PayFlexCredentials[merchantId=" + merchantId + ", terminalNo=" + terminalNo + "]";
    }
}
