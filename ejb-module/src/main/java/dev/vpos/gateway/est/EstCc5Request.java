package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import dev.vpos.shared.domain.CardNumber;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One {@code CC5Request} (fields in the order mews/pos sends them, plus an optional {@code Extra} block) in
 * ISO-8859-9, as the EST gateway expects (Turkish letters as themselves, anything else as a character reference), and
 * its masked twin for the transaction log: password, CVV and the 3-D cryptogram become {@code ***}, a card number BIN +
 * last 4, the 3D provision's {@code Number} (the gate's md, not a card number) {@code ***}.
 */
final class EstCc5Request {

    static final String SALE = "Auth";
    static final String PRE_AUTH = "PreAuth";
    static final Charset CHARSET = Charset.forName("ISO-8859-9");
    private static final String CONTENT_TYPE = "text/xml; charset=" + CHARSET.name();

    /** {@code Number} is the card, or in the 3D provision the gate's md: the card masked, the md withheld. */
    private static final FieldMasking MASKING = FieldMasking.of(
                    Set.of("Password", "Cvv2Val", "PayerAuthenticationCode"), Set.of())
            .then((name, value) -> !"Number".equals(name) || value == null || value.isEmpty()
                    ? value
                    : value.matches("\\d{12,19}") ? CardNumber.mask(value) : "***");

    private final Map<String, String> fields;
    private final Map<String, String> extra;

    private EstCc5Request(Map<String, String> fields, Map<String, String> extra) {
        this.fields = fields;
        this.extra = extra;
    }

    /** A non-3D sale ({@code Auth}) or pre-authorisation ({@code PreAuth}) with the card. */
    static EstCc5Request authorization(SaleInstruction sale, EstCredentials credentials, String type) {
        Map<String, String> f = login(credentials);
        f.put("Type", type);
        f.put("IPAddress", nullToEmpty(sale.customerIp()));
        f.put("Email", nullToEmpty(sale.email()));
        f.put("OrderId", sale.bankOrderId());
        f.put("UserId", "");
        f.put("Total", EstFormats.amount(sale.amount()));
        f.put("Currency", EstFormats.currency(sale.amount()));
        f.put("Taksit", EstFormats.installments(sale.installments()));
        f.put("Number", sale.card().digits());
        f.put("Expires", sale.expiry().mmSlashYy());
        f.put("Cvv2Val", sale.cvv());
        f.put("Mode", "P");
        return new EstCc5Request(f, Map.of());
    }

    /** The 3D model's provision after the callback: no card, {@code Number} = md and the MPI fields. */
    static EstCc5Request threeDProvision(
            ThreeDsSale sale, EstCredentials credentials, String type, String md, String xid, String eci, String cavv) {
        Map<String, String> f = login(credentials);
        f.put("Type", type);
        f.put("IPAddress", nullToEmpty(sale.customerIp()));
        f.put("Email", nullToEmpty(sale.email()));
        f.put("OrderId", sale.bankOrderId());
        f.put("Total", EstFormats.amount(sale.amount()));
        f.put("Currency", EstFormats.currency(sale.amount()));
        f.put("Taksit", EstFormats.installments(sale.installments()));
        f.put("Number", md);
        f.put("PayerTxnId", xid);
        f.put("PayerSecurityLevel", eci);
        f.put("PayerAuthenticationCode", cavv);
        f.put("Mode", "P");
        return new EstCc5Request(f, Map.of());
    }

    /** {@code PostAuth} for the capture amount (partial or whole). */
    static EstCc5Request postAuth(FollowUp followUp, EstCredentials credentials) {
        Map<String, String> f = login(credentials);
        f.put("Type", "PostAuth");
        f.put("OrderId", followUp.bankOrderId());
        f.put("Total", EstFormats.amount(followUp.amount()));
        return new EstCc5Request(f, Map.of());
    }

    /** {@code Void} of the whole order. */
    static EstCc5Request voidOf(FollowUp followUp, EstCredentials credentials) {
        Map<String, String> f = login(credentials);
        f.put("OrderId", followUp.bankOrderId());
        f.put("Type", "Void");
        return new EstCc5Request(f, Map.of());
    }

    /** {@code Credit} (refund) of the follow-up's amount, partial or whole. */
    static EstCc5Request credit(FollowUp followUp, EstCredentials credentials) {
        Map<String, String> f = login(credentials);
        f.put("OrderId", followUp.bankOrderId());
        f.put("Currency", EstFormats.currency(followUp.amount()));
        f.put("Type", "Credit");
        f.put("Total", EstFormats.amount(followUp.amount()));
        return new EstCc5Request(f, Map.of());
    }

    /** An inquiry without {@code Type}: {@code Extra/ORDERSTATUS=QUERY} or {@code Extra/ORDERHISTORY=QUERY}. */
    static EstCc5Request query(EstCredentials credentials, String orderId, String extraName) {
        Map<String, String> f = login(credentials);
        f.put("OrderId", orderId);
        return new EstCc5Request(f, Map.of(extraName, "QUERY"));
    }

    /** The request to the gateway's API endpoint. */
    BankRequest to(URI endpoint) {
        return BankRequest.post(endpoint, document(fields).bytes(), CONTENT_TYPE, toMaskedXml());
    }

    String toMaskedXml() {
        return document(MASKING.applyTo(fields)).toString();
    }

    private XmlWriter document(Map<String, ?> values) {
        Map<String, Object> all = new LinkedHashMap<>(values);
        if (!extra.isEmpty()) {
            all.put("Extra", extra);
        }
        return XmlWriter.in(CHARSET).declaration().element("CC5Request", all);
    }

    private static Map<String, String> login(EstCredentials credentials) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Name", credentials.apiUser());
        f.put("Password", credentials.password());
        f.put("ClientId", credentials.clientId());
        return f;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
