package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A VakıfBank Common Payment (Ortak Ödeme, PayFlex CP v4) merchant: the same HostMerchantId, HostTerminalId and
 * MerchantPassword as its VPOS 7/24 merchant. The definition's endpoint is the Common Payment API's base
 * ({@code .../CommonPayment/api}); {@code RegisterTransaction} and {@code VposTransaction} are below it. A Common
 * Payment sale is a VPOS 7/24 transaction of the merchant, so its cancel and refund go to the VPOS provision service
 * ({@code Vposreq.aspx}) and its status to the VPOS search service ({@code Search.aspx}): each given ({@code vposUrl},
 * {@code searchUrl}) or derived — VakıfBank's test and live Common Payment hosts map to their VPOS hosts; any other host
 * (the simulator) keeps its host and replaces {@code /CommonPayment/api} by the service's path.
 */
record PayFlexCpCredentials(
        String merchantId,
        String terminalId,
        String password,
        URI endpoint,
        Optional<URI> vposUrl,
        Optional<URI> searchUrl,
        String serverIp) {

    static final String MERCHANT_ID = "merchantId";
    static final String TERMINAL_ID = "terminalId";
    static final String PASSWORD = "password";
    static final String VPOS_URL = "vposUrl";
    static final String SEARCH_URL = "searchUrl";
    static final String SERVER_IP = "serverIp";

    static final String API_PATH = "/CommonPayment/api";
    static final String VPOS_PATH = "/VposService/v3/Vposreq.aspx";
    static final String SEARCH_PATH = "/UIService/Search.aspx";
    private static final Map<String, String> VPOS_HOSTS = Map.of(
            "cptest.vakifbank.com.tr", "https://onlineodemetest.vakifbank.com.tr:4443",
            "cpweb.vakifbank.com.tr", "https://onlineodeme.vakifbank.com.tr:4443");

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.PAYFLEX_CP,
            "VakıfBank Common Payment (PayFlex CP)",
            List.of(
                    new CredentialField(
                            MERCHANT_ID, "Merchant id (HostMerchantId)", false, true, "\\d{1,20}", "digits"),
                    new CredentialField(
                            TERMINAL_ID,
                            "Terminal id (HostTerminalId)",
                            false,
                            true,
                            "[A-Za-z0-9]{1,20}",
                            "letters and digits"),
                    new CredentialField(
                            PASSWORD, "Merchant password (MerchantPassword)", true, true, "\\S{1,64}", "no spaces"),
                    new CredentialField(
                            VPOS_URL,
                            "VPOS provision URL for cancel and refund (Vposreq.aspx)",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL; empty = derived from the endpoint"),
                    new CredentialField(
                            SEARCH_URL,
                            "VPOS search URL for the status by order id (Search.aspx)",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL; empty = derived from the endpoint"),
                    new CredentialField(
                            SERVER_IP,
                            "Our server's IP registered at the bank (ClientIp of cancels and refunds)",
                            false,
                            false,
                            "\\d{1,3}(\\.\\d{1,3}){3}",
                            "IPv4 address; empty = 127.0.0.1")),
            List.of("THREE_D_PAY", "THREE_D_HOST"),
            "https://cptest.vakifbank.com.tr/CommonPayment/api",
            "https://cpweb.vakifbank.com.tr/CommonPayment/api");

    static PayFlexCpCredentials of(GatewayAccount account) {
        URI endpoint = account.endpoint();
        return new PayFlexCpCredentials(
                account.credential(MERCHANT_ID),
                account.credential(TERMINAL_ID),
                account.credential(PASSWORD),
                endpoint,
                given(account, VPOS_URL).map(URI::create).or(() -> derived(endpoint, VPOS_PATH)),
                given(account, SEARCH_URL).map(URI::create).or(() -> derived(endpoint, SEARCH_PATH)),
                given(account, SERVER_IP).orElse("127.0.0.1"));
    }

    /** {@code RegisterTransaction} or {@code VposTransaction} below the endpoint. */
    URI api(String operation) {
        return URI.create(endpoint.toString().replaceAll("/+$", "") + "/" + operation);
    }

    private static Optional<String> given(GatewayAccount account, String name) {
        return Optional.ofNullable(account.credentials().get(name)).filter(s -> !s.isBlank());
    }

    static Optional<URI> derivedVposUrl(URI endpoint) {
        return derived(endpoint, VPOS_PATH);
    }

    static Optional<URI> derived(URI endpoint, String servicePath) {
        String path = endpoint.getPath() == null ? "" : endpoint.getPath().replaceAll("/+$", "");
        if (!path.endsWith(API_PATH)) {
            return Optional.empty();
        }
        String known = VPOS_HOSTS.get(endpoint.getHost());
        if (known != null) {
            return Optional.of(URI.create(known + servicePath));
        }
        String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
        String prefix = path.substring(0, path.length() - API_PATH.length());
        return Optional.of(URI.create(endpoint.getScheme() + "://" + endpoint.getHost() + port + prefix + servicePath));
    }

    @Override
    public String toString() {
        return "PayFlexCpCredentials[merchantId=" + merchantId + ", terminalId=" + terminalId + "]";
    }
}
