package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.List;
import java.util.Optional;

/**
 * The {@code <Op>Result} of a SOAP answer: {@code Results/Result} (ErrorCode, ErrorMessage: why the service refused),
 * {@code Success}, and {@code Value} (a response contract with ResponseCode, RRN, Stan, ...) or, for the order
 * detail, {@code Value/OrderContract} elements.
 */
record KuveytTurkSoapResult(String errorCode, String errorMessage, XmlNode value) {

    static Optional<KuveytTurkSoapResult> parse(byte[] body, String operation) {
        return XmlNode.parse(body)
                .filter(root -> "Envelope".equals(root.localName()))
                .flatMap(root -> root.at("Body", operation + "Response", operation + "Result"))
                .map(result -> {
                    Optional<XmlNode> first = result.at("Results", "Result");
                    return new KuveytTurkSoapResult(
                            first.map(e -> e.text("ErrorCode")).orElse(""),
                            first.map(e -> e.text("ErrorMessage")).orElse(""),
                            result.at("Value").orElse(null));
                });
    }

    String value(String name) {
        return value == null ? "" : value.text(name);
    }

    List<XmlNode> orderContracts() {
        return value == null ? List.of() : value.all("OrderContract");
    }
}
