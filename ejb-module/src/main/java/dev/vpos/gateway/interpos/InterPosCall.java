package dev.vpos.gateway.interpos;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One server-to-server call to InterPOS: a form ({@code application/x-www-form-urlencoded}, UTF-8) posted to the
 * endpoint ({@code .../mpi/Default.aspx}) with {@code ShopCode}, {@code UserCode}, {@code UserPass} and
 * {@code SecureType=NonSecure}; the answer counts only with HTTP 200 and a {@code ProcReturnCode}.
 */
final class InterPosCall {

    /** The simulator's code for an order id used before (InterPOS's own is not public: docs/families/interpos.md). */
    static final String ORDER_ID_USED = "E46";
    /** The simulator's code for "no such order" (likewise). */
    static final String NO_SUCH_ORDER = "E30";

    static final FieldMasking MASKING = FieldMasking.of(
            Set.of(
                    "UserPass",
                    "Cvv2",
                    "Hash",
                    "HASH",
                    "HASHPARAMSVAL",
                    "MD",
                    "PayerAuthenticationCode",
                    "PayerTxnId",
                    "Expiry"),
            Set.of("Pan"));

    static final AnswerFormat<InterPosAnswer> FORMAT = AnswerFormat.onHttpOk(
                    StandardCharsets.UTF_8, InterPosAnswer::parse)
            .masked(text -> LogText.maskCardNumbers(text, 12))
            .from("Denizbank");

    private final BankChannel channel;

    InterPosCall(BankChannel channel) {
        this.channel = channel;
    }

    /** The fields every API request begins with. */
    static Map<String, String> fields(GatewayAccount account, String txnType) {
        InterPosCredentials c = InterPosCredentials.of(account);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ShopCode", c.shopCode());
        f.put("UserCode", c.userCode());
        f.put("UserPass", c.userPass());
        f.put("TxnType", txnType);
        f.put("SecureType", "NonSecure");
        return f;
    }

    BankReply<InterPosAnswer> send(Map<String, String> fields, GatewayAccount account) {
        byte[] body = encode(fields).getBytes(StandardCharsets.UTF_8);
        String masked = "POST " + account.endpoint() + " " + LogText.fields(fields, "&", MASKING);
        return channel.send(
                BankRequest.post(account.endpoint(), body, "application/x-www-form-urlencoded; charset=UTF-8", masked),
                account,
                FORMAT);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Reads a payment or follow-up answer: {@code 00} approved, any other code declined with it (the host's code for
     * a card decline); an order id used before asks the status. A payment's answer names our order (an answer for
     * another is unknown); a follow-up's names an order of the bank's own ({@code SYSOID...} in mews/pos's fixtures),
     * so {@code orderId} is null for those.
     */
    static GatewayResult payment(BankReply<InterPosAnswer> reply, String orderId) {
        if (!reply.answered()) {
            return reply.failed();
        }
        InterPosAnswer a = reply.get();
        String answeredFor = a.get("OrderId");
        if (orderId != null && !answeredFor.isEmpty() && !answeredFor.equals(orderId)) {
            return reply.unknown("answer is for order " + answeredFor + ", not " + orderId);
        }
        if (ORDER_ID_USED.equals(a.code())) {
            return reply.orderIdAlreadyUsed(a.code(), a.message());
        }
        return new GatewayResult(
                a.approved() ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                a.code(),
                a.message(),
                a.approved() ? a.get("AuthCode") : null,
                a.get("HostRefNum").isEmpty() ? null : a.get("HostRefNum"),
                a.get("TransId").isEmpty() ? null : a.get("TransId"),
                reply.exchange());
    }
}
