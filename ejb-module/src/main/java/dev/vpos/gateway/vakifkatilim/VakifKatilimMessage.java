package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code VPosMessageContract}: the account block every message starts with (MerchantId, CustomerId, UserName,
 * SubMerchantId), the operation's fields, and the {@code HashData} over the message's own MerchantId,
 * MerchantOrderId, Amount, OkUrl, FailUrl and UserName — computed from what is actually sent, so the two cannot
 * differ. Written in UTF-8; logged with the card as BIN + last 4 and the CVV, HashPassword and HashData hidden.
 */
final class VakifKatilimMessage {

    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    static final String API_VERSION = "1.0.0";

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final VakifKatilimCredentials credentials;

    private VakifKatilimMessage(VakifKatilimCredentials c) {
        this.credentials = c;
        fields.put("MerchantId", c.merchantId());
        fields.put("CustomerId", c.customerId());
        fields.put("UserName", c.userName());
        fields.put("SubMerchantId", c.subMerchantId());
    }

    /** A message of {@code c}'s account. */
    static VakifKatilimMessage of(VakifKatilimCredentials c) {
        return new VakifKatilimMessage(c);
    }

    /** The same with the HashPassword (payments, the enrollment and follow-ups carry it; queries do not). */
    VakifKatilimMessage withHashPassword() {
        fields.put("HashPassword", credentials.hashedPassword());
        return this;
    }

    VakifKatilimMessage with(String name, Object value) {
        fields.put(name, value == null ? "" : value);
        return this;
    }

    String get(String name) {
        Object v = fields.get(name);
        return v == null ? "" : v.toString();
    }

    /** The message, signed, as posted to {@code gate}. */
    BankRequest to(URI gate) {
        Map<String, Object> signed = new LinkedHashMap<>(fields);
        signed.put(
                "HashData",
                VakifKatilimHash.request(
                        credentials.merchantId(),
                        get("MerchantOrderId"),
                        get("Amount"),
                        get("OkUrl"),
                        get("FailUrl"),
                        credentials.userName(),
                        credentials.hashedPassword()));
        return BankRequest.post(
                gate,
                xml(signed).bytes(),
                CONTENT_TYPE,
                xml(VakifKatilimLog.FIELDS.applyTo(signed)).toString());
    }

    private static XmlWriter xml(Map<String, ?> fields) {
        return XmlWriter.utf8()
                .markup("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .element("VPosMessageContract", fields);
    }
}
