package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.InboundNotification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds IPN forms as 2Checkout posts them, signed by the test's own HMAC code (not the adapter's). */
final class IpnForms {

    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    IpnForms add(String name, String value) {
        fields.add(new SimpleEntry<>(name, value));
        return this;
    }

    static IpnForms order(String refNo, String refNoExt, String status, String ipnDate) {
        return new IpnForms()
                .add("SALEDATE", "2026-03-01 10:00:00")
                .add("REFNO", refNo)
                .add("REFNOEXT", refNoExt)
                .add("ORDERNO", "1001")
                .add("ORDERSTATUS", status)
                .add("PAYMETHOD", "Visa/MasterCard")
                .add("FIRSTNAME", "Ayşe")
                .add("LASTNAME", "Yılmaz")
                .add("CUSTOMEREMAIL", "ayse@example.com")
                .add("IPN_PID[]", "VPOSORDER")
                .add("IPN_PNAME[]", "Order " + refNoExt)
                .add("IPN_QTY[]", "1")
                .add("IPN_PRICE[]", "150.00")
                .add("IPN_TOTALGENERAL", "150.00")
                .add("CURRENCY", "TRY")
                .add("TEST_ORDER", "1")
                .add("IPN_DATE", ipnDate);
    }

    /** Appends the signature fields an account of {@code algorithm} gets, computed over everything before them. */
    IpnForms signed(String key, String algorithm) {
        String source = source(fields);
        add("HASH", hmac("HmacMD5", key, source));
        if (!"MD5".equals(algorithm)) {
            add("SIGNATURE_SHA2_256", hmac("HmacSHA256", key, source));
            add("SIGNATURE_SHA3_256", hmac("HmacSHA3-256", key, source));
        }
        return this;
    }

    IpnForms replace(String name, String value) {
        fields.replaceAll(e -> e.getKey().equals(name) ? new SimpleEntry<>(name, value) : e);
        return this;
    }

    List<Map.Entry<String, String>> fields() {
        return List.copyOf(fields);
    }

    InboundNotification notification() {
        byte[] body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
        return new InboundNotification(
                Map.of("content-type", List.of("application/x-www-form-urlencoded")),
                body,
                "application/x-www-form-urlencoded",
                fields,
                Instant.parse("2026-03-01T07:00:00Z"));
    }

    static String source(List<Map.Entry<String, String>> fields) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : fields) {
            if (e.getKey().equals("HASH") || e.getKey().startsWith("SIGNATURE_")) {
                continue;
            }
            String v = e.getValue();
            s.append(v.isEmpty() ? "0" : v.getBytes(StandardCharsets.UTF_8).length + v);
        }
        return s.toString();
    }

    static String hmac(String jca, String key, String source) {
        try {
            Mac mac = Mac.getInstance(jca);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), jca));
            return HexFormat.of().formatHex(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
