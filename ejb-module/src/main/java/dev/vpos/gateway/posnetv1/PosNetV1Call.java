package dev.vpos.gateway.posnetv1;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.CardNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One call to PosNet V1's JSON API: {@code POST <endpoint>/<TransactionType>} ({@code Sale}, {@code Auth},
 * {@code Capture}, {@code Reverse}, {@code Return}, {@code TransactionInquiry}) with {@code ApiType=JSON},
 * {@code ApiVersion=V100}, {@code MerchantNo}, {@code TerminalNo}, {@code MACParams} and the {@code MAC} over them.
 * The answer counts with HTTP 200 and a {@code ServiceResponseData.ResponseCode}.
 */
final class PosNetV1Call {

    /** The keys under which a payment's bank identifiers are kept for its follow-ups. */
    static final String REFERENCE_CODE = "posnetV1.referenceCode";

    static final String TRANSACTION_TYPE = "posnetV1.transactionType";

    static final String ORDER_ID_USED = "0127";
    static final String NOT_FOUND = "E219";

    private static final Set<String> SECRETS = Set.of("Cvc2", "MAC", "CavvData", "MD", "ExpireDate");

    static final AnswerFormat<PosNetV1Answer> FORMAT = AnswerFormat.onHttpOk(
                    StandardCharsets.UTF_8, PosNetV1Answer::parse)
            .masked(text -> LogText.maskCardNumbers(text, 12))
            .from("PosNet V1");

    private final BankChannel channel;

    PosNetV1Call(BankChannel channel) {
        this.channel = channel;
    }

    /** The fields every request begins with; {@code null} values are sent as JSON nulls. */
    static Map<String, Object> fields(GatewayAccount account, String macParams) {
        PosNetV1Credentials c = PosNetV1Credentials.of(account);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ApiType", "JSON");
        f.put("ApiVersion", "V100");
        f.put("MACParams", macParams);
        f.put("MerchantNo", c.merchantNo());
        f.put("TerminalNo", c.terminalNo());
        f.put("CipheredData", null);
        f.put("DealerData", null);
        f.put("IsEncrypted", null);
        f.put("PaymentFacilitatorData", null);
        return f;
    }

    BankReply<PosNetV1Answer> send(String transactionType, Map<String, Object> fields, GatewayAccount account) {
        JsonObject unsigned = json(fields, false);
        String mac =
                PosNetV1Mac.ofBody(unsigned, PosNetV1Credentials.of(account).storeKey());
        JsonObject body = Json.createObjectBuilder(unsigned).add("MAC", mac).build();
        URI uri = URI.create(account.endpoint().toString().replaceAll("/+$", "") + "/" + transactionType);
        String masked = "POST " + uri + " "
                + Json.createObjectBuilder(json(fields, true)).add("MAC", "***").build();
        return channel.send(
                BankRequest.post(
                        uri,
                        body.toString().getBytes(StandardCharsets.UTF_8),
                        "application/json; charset=utf-8",
                        masked),
                account,
                FORMAT);
    }

    @SuppressWarnings("unchecked")
    static JsonObject json(Map<String, Object> fields, boolean masked) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                b.add(name, JsonValue.NULL);
            } else if (value instanceof Map<?, ?> nested) {
                b.add(name, json((Map<String, Object>) nested, masked));
            } else if (value instanceof Long n) {
                b.add(name, n);
            } else if (value instanceof Integer n) {
                b.add(name, n);
            } else if (masked && SECRETS.contains(name) && !value.toString().isEmpty()) {
                b.add(name, "***");
            } else if (masked && "CardNo".equals(name)) {
                b.add(name, CardNumber.mask(value.toString()));
            } else {
                b.add(name, value.toString());
            }
        });
        return b.build();
    }

    /**
     * Reads a payment or follow-up answer: {@code 00} approved (a payment's {@code ReferenceCode} kept for its
     * follow-ups, with its {@code keptType}, Sale or Auth; null for a follow-up), any other code declined with it; {@code 0127} (order id used) asks the
     * status.
     */
    static GatewayResult payment(BankReply<PosNetV1Answer> reply, String keptType) {
        if (!reply.answered()) {
            return reply.failed();
        }
        PosNetV1Answer a = reply.get();
        if (ORDER_ID_USED.equals(a.code())) {
            return reply.orderIdAlreadyUsed(a.code(), a.description());
        }
        String reference = a.get("ReferenceCode");
        return new GatewayResult(
                a.approved() ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                a.code(),
                a.description(),
                a.approved() ? a.get("AuthCode") : null,
                reference.isEmpty() ? null : reference,
                null,
                keptType != null && a.approved() && !reference.isEmpty()
                        ? Map.of(REFERENCE_CODE, reference, TRANSACTION_TYPE, keptType)
                        : Map.of(),
                reply.exchange());
    }
}
