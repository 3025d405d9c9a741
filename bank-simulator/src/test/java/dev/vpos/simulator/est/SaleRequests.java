package dev.vpos.simulator.est;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@code CC5Request} sales for the tests: the Payten test merchant, an approving Visa, valid until 12/30. */
final class SaleRequests {

    /** Monday 23 November 2026, 13:00 in Istanbul. */
    static final Clock NOV_23_2026 = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Istanbul"));

    static final String APPROVING_VISA = "4355084355084358";
    static final String APPROVING_MASTERCARD = "5401341234567891";
    static final EstMerchants MERCHANTS = new EstMerchants(Map.of(
            "700655000200", new EstMerchants.Merchant("700655000200", "ISBANKAPI", "ISBANK07", "TRPS0200"),
            "190100000", new EstMerchants.Merchant("190100000", "ZIRAATAPI", "ZIRAAT19", "123456")));

    private final Map<String, String> fields = new LinkedHashMap<>();

    private SaleRequests() {
        fields.put("Name", "ISBANKAPI");
        fields.put("Password", "ISBANK07");
        fields.put("ClientId", "700655000200");
        fields.put("Type", "Auth");
        fields.put("IPAddress", "");
        fields.put("Email", "test@test.com");
        fields.put("OrderId", "order222");
        fields.put("UserId", "");
        fields.put("Total", "100.25");
        fields.put("Currency", "949");
        fields.put("Taksit", "");
        fields.put("Number", APPROVING_VISA);
        fields.put("Expires", "12/30");
        fields.put("Cvv2Val", "122");
        fields.put("Mode", "P");
    }

    static SaleRequests sale() {
        return new SaleRequests();
    }

    SaleRequests with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    SaleRequests card(String pan) {
        return with("Number", pan);
    }

    SaleRequests total(String total) {
        return with("Total", total);
    }

    EstRequest request() {
        return new EstRequest(fields);
    }

    /** The document with an ISO-8859-9 declaration; values are written as they are (tests choose safe ones). */
    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request>");
        fields.forEach((name, value) -> xml.append('<')
                .append(name)
                .append('>')
                .append(value)
                .append("</")
                .append(name)
                .append('>'));
        return xml.append("</CC5Request>").toString();
    }
}
