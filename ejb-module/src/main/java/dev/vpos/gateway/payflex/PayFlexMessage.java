package dev.vpos.gateway.payflex;

import dev.vpos.shared.domain.CardNumber;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request to PayFlex as ordered fields, with its wire forms ({@code prmstr=<VposRequest>} form, a plain form
 * for the MPI, {@code prmstr=<SearchRequest>}) and a masked twin for the transaction log: card numbers reduced to
 * BIN + last 4; passwords, CVV, expiry and CAVV replaced by {@code ***}.
 */
final class PayFlexMessage {

    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Set<String> PAN_FIELDS = Set.of("Pan");
    private static final Set<String> SECRET_FIELDS =
            Set.of("Password", "MerchantPassword", "Cvv", "Expiry", "ExpiryDate", "CAVV", "Cavv");
    private static final int MAX_LOGGED = 4000;

    private final String root;
    private final Map<String, Object> fields;

    private PayFlexMessage(String root, Map<String, Object> fields) {
        this.root = root;
        this.fields = fields;
    }

    static PayFlexMessage vposRequest(Map<String, Object> fields) {
        return new PayFlexMessage("VposRequest", fields);
    }

    static PayFlexMessage searchRequest(Map<String, Object> fields) {
        return new PayFlexMessage("SearchRequest", fields);
    }

    /** The MPI enrollment: plain form fields, no XML. */
    static PayFlexMessage enrollment(Map<String, Object> fields) {
        return new PayFlexMessage(null, fields);
    }

    String field(String name) {
        Object v = fields.get(name);
        return v == null ? "" : v.toString();
    }

    /** The form body that goes on the wire. */
    byte[] body() {
        return form(fields).getBytes(StandardCharsets.US_ASCII);
    }

    String masked() {
        return cap(root == null ? form(mask(fields)) : "prmstr=" + PayFlexXml.write(root, mask(fields)));
    }

    private String form(Map<String, Object> values) {
        if (root != null) {
            return "prmstr=" + URLEncoder.encode(PayFlexXml.write(root, values), StandardCharsets.UTF_8);
        }
        return values.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + URLEncoder.encode(
                                e.getValue() == null ? "" : e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mask(Map<String, Object> values) {
        Map<String, Object> masked = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                masked.put(name, mask((Map<String, Object>) nested));
            } else if (PAN_FIELDS.contains(name)) {
                masked.put(name, CardNumber.mask(value == null ? null : value.toString()));
            } else if (SECRET_FIELDS.contains(name)
                    && value != null
                    && !value.toString().isEmpty()) {
                masked.put(name, "***");
            } else {
                masked.put(name, value);
            }
        });
        return masked;
    }

    /** Masks a posted MPI callback the same way (its {@code Pan} is the full card number). */
    static String maskedForm(Map<String, String> posted) {
        Map<String, Object> values = new LinkedHashMap<>(new java.util.TreeMap<>(posted));
        return cap(
                values.isEmpty()
                        ? ""
                        : mask(values).entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("&")));
    }

    static String cap(String text) {
        return text.length() > MAX_LOGGED ? text.substring(0, MAX_LOGGED) + "…" : text;
    }
}
