package dev.vpos.gateway.payflex;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One request to PayFlex as ordered fields, with its wire forms ({@code prmstr=<VposRequest>} form, a plain form
 * for the MPI, {@code prmstr=<SearchRequest>}) and a masked twin for the transaction log: card numbers reduced to
 * BIN + last 4; passwords, CVV, expiry and CAVV replaced by {@code ***}.
 */
final class PayFlexMessage {

    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final FieldMasking MASKING = FieldMasking.of(
            Set.of("Password", "MerchantPassword", "Cvv", "Expiry", "ExpiryDate", "CAVV", "Cavv"), Set.of("Pan"));

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

    /** The form posted to {@code uri}, with its masked twin. */
    BankRequest to(URI uri) {
        return BankRequest.post(uri, form(fields).getBytes(StandardCharsets.US_ASCII), FORM_CONTENT_TYPE, masked());
    }

    String masked() {
        Map<String, Object> masked = MASKING.applyTo(fields);
        return root == null ? form(masked) : "prmstr=" + PayFlexXml.write(root, masked);
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

    /** Masks a posted MPI callback the same way (its {@code Pan} is the full card number). */
    static String maskedForm(Map<String, String> posted) {
        return LogText.fields(new TreeMap<>(posted), "&", MASKING);
    }
}
