package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An answer of the gates: a {@code VPosTransactionResponseContract} (payments, provisions, follow-ups) or an order
 * query's answer ({@code VPosOrderData/OrderContract}s). Both carry {@code ResponseCode} and {@code ResponseMessage};
 * a body without a ResponseCode is no answer. Codes are kept verbatim: {@code ProvisionNumber} is the auth code,
 * {@code RRN} the host reference, {@code Stan} the trace number, {@code OrderId} the bank's own id of the order.
 */
record VakifKatilimAnswer(
        String code,
        String message,
        String provisionNumber,
        String rrn,
        String stan,
        String orderId,
        String merchantOrderId,
        String hashData,
        List<Map<String, String>> orders) {

    static final String APPROVED = "00";
    /** A query that found nothing (mews/pos fixtures). */
    static final String NO_RESULT = "NonResult";

    static final AnswerFormat<VakifKatilimAnswer> FORMAT = AnswerFormat.onHttpOk(
                    StandardCharsets.UTF_8, body -> XmlNode.parse(body).flatMap(VakifKatilimAnswer::of))
            .masked(VakifKatilimLog::masked);

    static Optional<VakifKatilimAnswer> of(XmlNode root) {
        if (root.child("ResponseCode").isEmpty()) {
            return Optional.empty();
        }
        String merchantOrderId = root.text("MerchantOrderId");
        return Optional.of(new VakifKatilimAnswer(
                root.text("ResponseCode"),
                root.text("ResponseMessage"),
                root.text("ProvisionNumber"),
                root.text("RRN"),
                root.text("Stan"),
                root.text("OrderId"),
                merchantOrderId.isEmpty() ? root.text("VPosMessage", "MerchantOrderId") : merchantOrderId,
                root.text("HashData"),
                root.at("VPosOrderData")
                        .map(data -> data.all("OrderContract").stream()
                                .map(XmlNode::leaves)
                                .toList())
                        .orElse(List.of())));
    }

    boolean approved() {
        return APPROVED.equals(code);
    }

    /** The answer's HashData over MerchantOrderId + RRN + ResponseCode + OrderId + hashed password, in constant time. */
    boolean hashVerifies(String hashedPassword) {
        return VakifKatilimHash.matches(
                VakifKatilimHash.answer(merchantOrderId, rrn, code, orderId, hashedPassword), hashData);
    }
}
