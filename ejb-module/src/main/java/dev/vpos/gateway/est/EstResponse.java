package dev.vpos.gateway.est;

import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.Map;
import java.util.Optional;

/** A parsed {@code CC5Response}, read with the adapters' hardened parser. */
record EstResponse(
        String orderId,
        String response,
        String procReturnCode,
        String errMsg,
        String authCode,
        String hostRefNum,
        String transId,
        String errorCode,
        Map<String, String> extra) {

    static Optional<EstResponse> parse(byte[] body) {
        return XmlNode.parse(body)
                .filter(root -> "CC5Response".equals(root.name()))
                .map(root -> {
                    Map<String, String> extras =
                            root.child("Extra").map(XmlNode::leaves).orElse(Map.of());
                    return new EstResponse(
                            root.text("OrderId"),
                            root.text("Response"),
                            root.text("ProcReturnCode"),
                            root.text("ErrMsg"),
                            root.text("AuthCode"),
                            root.text("HostRefNum"),
                            root.text("TransId"),
                            extras.getOrDefault("ERRORCODE", ""),
                            Map.copyOf(extras));
                });
    }

    String extra(String name) {
        return extra.getOrDefault(name, "");
    }

    boolean approved() {
        return "Approved".equals(response) && "00".equals(procReturnCode);
    }

    /** Declined or Error with a return code: the bank answered and did not charge. */
    boolean refused() {
        return ("Declined".equals(response) || "Error".equals(response)) && !procReturnCode.isEmpty();
    }

    /** The bank's message, with the gateway's error code (e.g. CORE-2012) when it gives one. */
    String message() {
        return errorCode.isEmpty() ? errMsg : errMsg + " [" + errorCode + "]";
    }
}
