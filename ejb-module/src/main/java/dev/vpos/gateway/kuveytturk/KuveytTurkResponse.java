package dev.vpos.gateway.kuveytturk;

import java.util.Optional;
import org.w3c.dom.Element;

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
        return KuveytTurkXml.parse(body).flatMap(KuveytTurkResponse::of);
    }

    static Optional<KuveytTurkResponse> parse(String xml) {
        return KuveytTurkXml.parse(xml).flatMap(KuveytTurkResponse::of);
    }

    private static Optional<KuveytTurkResponse> of(Element root) {
        if (!ROOT.equals(KuveytTurkXml.localName(root))) {
            return Optional.empty();
        }
        return Optional.of(new KuveytTurkResponse(
                KuveytTurkXml.text(root, "ResponseCode"),
                KuveytTurkXml.text(root, "ResponseMessage"),
                KuveytTurkXml.text(root, "ProvisionNumber"),
                KuveytTurkXml.text(root, "RRN"),
                KuveytTurkXml.text(root, "Stan"),
                KuveytTurkXml.text(root, "OrderId"),
                KuveytTurkXml.text(root, "MerchantOrderId"),
                KuveytTurkXml.text(root, "VPosMessage", "MerchantOrderId"),
                KuveytTurkXml.text(root, "HashData"),
                KuveytTurkXml.text(root, "MD"),
                KuveytTurkXml.text(root, "VPosMessage", "Amount"),
                KuveytTurkXml.text(root, "VPosMessage", "CurrencyCode"),
                KuveytTurkXml.text(root, "VPosMessage", "InstallmentCount"),
                KuveytTurkXml.at(root, "VPosMessage").isPresent()));
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
