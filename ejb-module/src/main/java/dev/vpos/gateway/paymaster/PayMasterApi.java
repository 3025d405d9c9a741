package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PayMaster's REST API (the "old" HTTP API of paymaster.ru, base {@code /api/v1}) as the adapter calls it: GET
 * requests with {@code login}, a fresh {@code nonce} and {@code hash} = Base64(SHA-1(login;password;nonce;fields...));
 * {@code getPaymentByInvoiceID} (invoiceID = our order id, siteAlias = the merchant id) and {@code refundPayment}
 * (paymentID, amount, externalID = our operation id). JSON answers, always HTTP 200.
 */
final class PayMasterApi {

    static final String STATUS = "getPaymentByInvoiceID";
    static final String REFUND = "refundPayment";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Call(String maskedRequest, HttpAnswer answer) {}

    private final BankHttpTransport transport;

    PayMasterApi(BankHttpTransport transport) {
        this.transport = transport;
    }

    Call paymentByInvoice(PayMasterCredentials c, GatewayAccount a, String invoiceId)
            throws BankNotReachedException, BankAnswerUnknownException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invoiceID", invoiceId);
        fields.put("siteAlias", c.merchantId());
        return get(c, a, STATUS, fields);
    }

    Call refund(PayMasterCredentials c, GatewayAccount a, String paymentId, String amount, String externalId)
            throws BankNotReachedException, BankAnswerUnknownException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("paymentID", paymentId);
        fields.put("amount", amount);
        fields.put("externalID", externalId);
        return get(c, a, REFUND, fields);
    }

    private Call get(PayMasterCredentials c, GatewayAccount a, String method, Map<String, String> fields)
            throws BankNotReachedException, BankAnswerUnknownException {
        String nonce = HexFormat.of().formatHex(random16());
        List<String> hashed = new ArrayList<>(List.of(c.apiLogin(), c.apiPassword(), nonce));
        hashed.addAll(fields.values());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("login", c.apiLogin());
        query.put("nonce", nonce);
        query.put("hash", PayMasterSignatures.apiHash(hashed));
        query.putAll(fields);
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String masked = "GET " + c.api(method) + "?"
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + ("hash".equals(e.getKey()) ? "***" : e.getValue()))
                        .collect(Collectors.joining("&"));
        HttpAnswer answer = transport.send(
                "GET",
                c.api(method + "?" + q),
                null,
                null,
                Map.of("Accept", "application/json"),
                a.connectTimeout(),
                a.readTimeout());
        return new Call(masked, answer);
    }

    private static byte[] random16() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
