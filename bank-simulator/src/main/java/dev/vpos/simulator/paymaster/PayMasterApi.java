package dev.vpos.simulator.paymaster;

import dev.vpos.simulator.http.FormParameters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated REST API (paymaster.ru's {@code /api/v1}): {@code getPaymentByInvoiceID} (invoiceID, siteAlias),
 * {@code getPayment} (paymentID), {@code refundPayment} (paymentID, amount, externalID) and {@code listRefunds}
 * (paymentID: the payment's refunds, oldest first — the simulator's choice of parameter and answer, the real list is
 * documented only by name). Every call carries
 * {@code login}, a fresh {@code nonce} and {@code hash} = Base64(SHA-1(login;password;nonce;fields...)). Always HTTP 200
 * with {@code ErrorCode}: 0 done, -6 no access (unknown login, another site), -7 wrong hash, -13 payment not found,
 * -14 nonce used before, -18 wrong amount, -1 anything else.
 */
public final class PayMasterApi {

    private static final Map<String, List<String>> HASHED = Map.of(
            "getpaymentbyinvoiceid", List.of("invoiceID", "siteAlias"),
            "getpayment", List.of("paymentID"),
            "refundpayment", List.of("paymentID", "amount", "externalID"),
            "listrefunds", List.of("paymentID"));

    private final PayMasterSite site;
    private final PayMasterMerchants merchants;
    private final Set<String> usedNonces = Collections.newSetFromMap(new ConcurrentHashMap<>());

    PayMasterApi(PayMasterSite site, PayMasterMerchants merchants) {
        this.site = site;
        this.merchants = merchants;
    }

    /** @param method the last path segment ({@code getPaymentByInvoiceID}, any case) */
    public PayMasterReply handle(String method, String query) {
        String name = method.toLowerCase(Locale.ROOT);
        if (!HASHED.containsKey(name)) {
            return error(-1);
        }
        Map<String, String> q = new LinkedHashMap<>();
        FormParameters.entries(query).forEach(e -> q.putIfAbsent(e.getKey(), e.getValue()));
        Optional<PayMasterMerchants.Merchant> m = merchants.byApiLogin(q.getOrDefault("login", ""));
        if (m.isEmpty()) {
            return error(-6);
        }
        List<String> hashed =
                new ArrayList<>(List.of(m.get().apiLogin(), m.get().apiPassword(), q.getOrDefault("nonce", "")));
        HASHED.get(name).forEach(field -> hashed.add(q.getOrDefault(field, "")));
        if (!PayMasterCrypto.same(q.get("hash"), PayMasterCrypto.apiHash(hashed))) {
            return error(-7);
        }
        String nonce = q.getOrDefault("nonce", "");
        if (nonce.isEmpty() || !usedNonces.add(m.get().apiLogin() + ";" + nonce)) {
            return error(-14);
        }
        return switch (name) {
            case "getpaymentbyinvoiceid" -> {
                if (!m.get()
                        .merchantId()
                        .equals(q.getOrDefault("siteAlias", m.get().merchantId()))) {
                    yield error(-6);
                }
                yield site.byInvoice(m.get().merchantId(), q.getOrDefault("invoiceID", ""))
                        .map(PayMasterApi::payment)
                        .orElseGet(() -> error(-13));
            }
            case "getpayment" ->
                id(q.get("paymentID"))
                        .flatMap(id -> site.payment(m.get().merchantId(), id))
                        .map(PayMasterApi::payment)
                        .orElseGet(() -> error(-13));
            case "listrefunds" ->
                id(q.get("paymentID"))
                        .flatMap(id -> site.payment(m.get().merchantId(), id))
                        .map(PayMasterApi::refunds)
                        .orElseGet(() -> error(-13));
            default -> refund(m.get(), q);
        };
    }

    private PayMasterReply refund(PayMasterMerchants.Merchant m, Map<String, String> q) {
        Optional<PayMasterPayment> p = id(q.get("paymentID")).flatMap(id -> site.payment(m.merchantId(), id));
        if (p.isEmpty()) {
            return error(-13);
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(q.getOrDefault("amount", ""));
        } catch (NumberFormatException e) {
            return error(-18);
        }
        PayMasterSite.RefundDone done = site.refund(p.get(), amount, q.getOrDefault("externalID", ""));
        if (done.refund().isEmpty()) {
            return error(done.error());
        }
        return PayMasterReply.json(Json.createObjectBuilder()
                .add("ErrorCode", 0)
                .add("Refund", done.refund().get().toJson(p.get()))
                .build()
                .toString());
    }

    private static PayMasterReply refunds(PayMasterPayment p) {
        var list = Json.createArrayBuilder();
        synchronized (p) {
            p.refunds.forEach(r -> list.add(r.toJson(p)));
        }
        return PayMasterReply.json(Json.createObjectBuilder()
                .add("ErrorCode", 0)
                .add("Refunds", list)
                .build()
                .toString());
    }

    private static PayMasterReply payment(PayMasterPayment p) {
        JsonObject json;
        synchronized (p) {
            json = p.toJson();
        }
        return PayMasterReply.json(Json.createObjectBuilder()
                .add("ErrorCode", 0)
                .add("Payment", json)
                .build()
                .toString());
    }

    private static Optional<Long> id(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static PayMasterReply error(int code) {
        return PayMasterReply.json(
                Json.createObjectBuilder().add("ErrorCode", code).build().toString());
    }
}
