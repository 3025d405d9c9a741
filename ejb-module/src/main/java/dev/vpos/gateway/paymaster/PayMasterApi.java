package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.LogText;
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
 * (paymentID, amount, externalID = our operation id), {@code listRefunds} (paymentID). JSON answers, always HTTP 200.
 */
final class PayMasterApi {

    static final String STATUS = "getPaymentByInvoiceID";
    static final String REFUND = "refundPayment";
    static final String REFUNDS = "listRefunds";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Every answer is read (always HTTP 200 at PayMaster); anything like a card number is masked for the log. */
    static final AnswerFormat<HttpAnswer> ANSWER = AnswerFormat.anyStatus(StandardCharsets.UTF_8)
            .from("PayMaster")
            .masked(text -> LogText.maskCardNumbers(text, 12));

    private PayMasterApi() {}

    static BankRequest paymentByInvoice(PayMasterCredentials c, String invoiceId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invoiceID", invoiceId);
        fields.put("siteAlias", c.merchantId());
        return get(c, STATUS, fields);
    }

    static BankRequest refund(PayMasterCredentials c, String paymentId, String amount, String externalId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("paymentID", paymentId);
        fields.put("amount", amount);
        fields.put("externalID", externalId);
        return get(c, REFUND, fields);
    }

    /** The payment's refunds (the simulator's choice of parameter: the old API documents the list only by name). */
    static BankRequest refunds(PayMasterCredentials c, String paymentId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("paymentID", paymentId);
        return get(c, REFUNDS, fields);
    }

    private static BankRequest get(PayMasterCredentials c, String method, Map<String, String> fields) {
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
        return BankRequest.get(c.api(method + "?" + q), masked).withHeaders(Map.of("Accept", "application/json"));
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
