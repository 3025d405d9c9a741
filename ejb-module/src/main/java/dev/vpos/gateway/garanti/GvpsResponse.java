package dev.vpos.gateway.garanti;

import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code GVPSResponse}: {@code Transaction/Response} (Source HOST or GVPS, Code, ReasonCode, Message,
 * ErrorMsg, SysErrMsg), the transaction's codes, {@code Order/OrderInqResult} of a status inquiry and the
 * {@code OrderTxn} lines of an order-history inquiry, read with the adapters' hardened parser.
 */
record GvpsResponse(
        String orderId,
        String source,
        String code,
        String reasonCode,
        String message,
        String errorMsg,
        String sysErrMsg,
        String retrefNum,
        String authCode,
        String batchNum,
        String sequenceNum,
        String provDate,
        Map<String, String> orderInquiry,
        List<Map<String, String>> history) {

    static Optional<GvpsResponse> parse(byte[] body) {
        return XmlNode.parse(body)
                .filter(root -> "GVPSResponse".equals(root.name()))
                .flatMap(root -> {
                    Optional<XmlNode> transaction = root.child("Transaction");
                    Optional<XmlNode> response = transaction.flatMap(t -> t.child("Response"));
                    if (response.isEmpty()) {
                        return Optional.empty();
                    }
                    XmlNode t = transaction.get();
                    XmlNode r = response.get();
                    List<Map<String, String>> lines = root
                            .at("Order", "OrderHistInqResult", "OrderTxnList")
                            .map(list -> list.all("OrderTxn"))
                            .orElse(List.of())
                            .stream()
                            .map(XmlNode::leaves)
                            .toList();
                    return Optional.of(new GvpsResponse(
                            root.text("Order", "OrderID"),
                            r.text("Source"),
                            r.text("Code"),
                            r.text("ReasonCode"),
                            r.text("Message"),
                            r.text("ErrorMsg"),
                            r.text("SysErrMsg"),
                            t.text("RetrefNum"),
                            t.text("AuthCode"),
                            t.text("BatchNum"),
                            t.text("SequenceNum"),
                            t.text("ProvDate"),
                            root.at("Order", "OrderInqResult")
                                    .map(XmlNode::leaves)
                                    .orElse(Map.of()),
                            lines));
                });
    }

    boolean approved() {
        return "00".equals(code) && "Approved".equalsIgnoreCase(message);
    }

    /** The bank said no: a code other than 00 (HOST decline or GVPS validation error). */
    boolean refused() {
        return !code.isEmpty() && !"00".equals(code);
    }

    /**
     * The code the return-code catalog knows: the host's ISO code as it is ({@code 51}); for the gateway's own
     * errors, which all carry Code 92, the code with its reason ({@code 92-0110}).
     */
    String bankCode() {
        if ("GVPS".equalsIgnoreCase(source) && !reasonCode.isEmpty() && !reasonCode.equals(code)) {
            return code + "-" + reasonCode;
        }
        return code;
    }

    String bankMessage() {
        return sysErrMsg.isEmpty() ? errorMsg : errorMsg + " (" + sysErrMsg + ")";
    }

    String inquiry(String name) {
        return orderInquiry.getOrDefault(name, "");
    }
}
