package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request to VakıfBank as ordered fields: the Common Payment API takes them as a plain form
 * ({@code application/x-www-form-urlencoded}), the VPOS provision service as {@code prmstr=<VposRequest>}. The log
 * sees a masked twin (the search's criteria are nested): passwords, CVV, expiry and the request hash as {@code ***}, the card number as BIN + last 4.
 */
final class PayFlexCpForm {

    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";
    static final FieldMasking MASKING = FieldMasking.of(
            Set.of("MerchantPassword", "Password", "CVV", "ExpireMonth", "ExpireYear", "HashedData"),
            Set.of("PAN", "Pan"));

    private final String xmlRoot;
    private final Map<String, ?> fields;

    private PayFlexCpForm(String xmlRoot, Map<String, ?> fields) {
        this.xmlRoot = xmlRoot;
        this.fields = fields;
    }

    /** A Common Payment API call: the fields as a plain form. */
    static PayFlexCpForm plain(Map<String, ?> fields) {
        return new PayFlexCpForm(null, fields);
    }

    /** A VPOS 7/24 provision request: {@code prmstr=<VposRequest>...</VposRequest>}. */
    static PayFlexCpForm vposRequest(Map<String, ?> fields) {
        return new PayFlexCpForm("VposRequest", fields);
    }

    /** A VPOS 7/24 search: {@code prmstr=<SearchRequest>...</SearchRequest>}, its criteria as nested maps. */
    static PayFlexCpForm searchRequest(Map<String, ?> fields) {
        return new PayFlexCpForm("SearchRequest", fields);
    }

    BankRequest to(URI uri) {
        return BankRequest.post(uri, encode(fields).getBytes(StandardCharsets.US_ASCII), CONTENT_TYPE, masked());
    }

    String masked() {
        Map<String, Object> masked = MASKING.applyTo(fields);
        return xmlRoot == null ? join(masked, false) : "prmstr=" + xml(masked);
    }

    private String encode(Map<String, ?> values) {
        return xmlRoot == null
                ? join(values, true)
                : "prmstr=" + URLEncoder.encode(xml(values), StandardCharsets.UTF_8);
    }

    private String xml(Map<String, ?> values) {
        return XmlWriter.utf8().element(xmlRoot, values).toString();
    }

    private static String join(Map<String, ?> values, boolean encode) {
        return values.entrySet().stream()
                .map(e -> {
                    String v = e.getValue() == null ? "" : e.getValue().toString();
                    return e.getKey() + "=" + (encode ? URLEncoder.encode(v, StandardCharsets.UTF_8) : v);
                })
                .collect(Collectors.joining("&"));
    }

    /** The bank's callback (query string or form) for the log: a full card number there would be masked too. */
    static String maskedCallback(Map<String, String> posted) {
        return LogText.fields(posted, "&", MASKING);
    }
}
