package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.Optional;

/**
 * A {@code VPosTransactionResponseContract}: the answer of the payment gates and the 3-D callback's
 * {@code AuthenticationResponse}. Codes are kept verbatim; {@code ProvisionNumber} is the auth code, {@code RRN} the
 * host reference, {@code Stan} the trace number, {@code OrderId} the bank's own id of the order.
 */
record KuveytTurkResponse(
        String responseCode,
        String responseMessage,
        String provisionNumber,
        String rrn,
        String stan,
        String orderId,
        String rootMerchantOrderId,
        String messageMerchantOrderId,
        String hashData,
        String md,
        String amount,
        String currencyCode,
        String installmentCount,
        boolean hasVPosMessage) {

    static final String ROOT = "VPosTransactionResponseContract";
    static final String APPROVED = "00";

    static Optional<KuveytTurkResponse> parse(byte[] body) {
        return XmlNode.parse(body).flatMap(KuveytTurkResponse::of);
    }

    static Optional<KuveytTurkResponse> parse(String xml) {
        return XmlNode.parse(xml).flatMap(KuveytTurkResponse::of);
    }

    private static Optional<KuveytTurkResponse> of(XmlNode root) {
        if (!ROOT.equals(root.localName())) {
            return Optional.empty();
        }
        return Optional.of(new KuveytTurkResponse(
                root.text("ResponseCode"),
                root.text("ResponseMessage"),
                root.text("ProvisionNumber"),
                root.text("RRN"),
                root.text("Stan"),
                root.text("OrderId"),
                root.text("MerchantOrderId"),
                root.text("VPosMessage", "MerchantOrderId"),
                root.text("HashData"),
                root.text("MD"),
                root.text("VPosMessage", "Amount"),
                root.text("VPosMessage", "CurrencyCode"),
                root.text("VPosMessage", "InstallmentCount"),
                root.at("VPosMessage").isPresent()));
    }

    boolean approved() {
        return APPROVED.equals(responseCode);
    }

    /** The order the answer is about: the top-level MerchantOrderId, else the one inside VPosMessage. */
    String merchantOrderId() {
        return rootMerchantOrderId.isEmpty() ? messageMerchantOrderId : rootMerchantOrderId;
    }

    /** The bank's response hash over MerchantOrderId + RRN + ResponseCode + OrderId + hashed password, in constant time. */
    boolean hashVerifies(String hashedPassword) {
        return KuveytTurkHash.matches(
                KuveytTurkHash.response(merchantOrderId(), rrn, responseCode, orderId, hashedPassword), hashData);
    }
}
