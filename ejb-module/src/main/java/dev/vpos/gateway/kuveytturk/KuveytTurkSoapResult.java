package dev.vpos.gateway.kuveytturk;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The {@code <Op>Result} of a SOAP answer: {@code Results/Result} (ErrorCode, ErrorMessage: why the service refused),
 * {@code Success}, and {@code Value} (a response contract with ResponseCode, RRN, Stan, ...) or, for the order
 * detail, {@code Value/OrderContract} elements.
 */
record KuveytTurkSoapResult(String errorCode, String errorMessage, Element value) {

    static Optional<KuveytTurkSoapResult> parse(byte[] body, String operation) {
        return KuveytTurkXml.parse(body)
                .filter(root -> "Envelope".equals(KuveytTurkXml.localName(root)))
                .flatMap(root -> KuveytTurkXml.at(root, "Body", operation + "Response", operation + "Result"))
                .map(result -> {
                    Optional<Element> first = KuveytTurkXml.at(result, "Results")
                            .flatMap(r ->
                                    KuveytTurkXml.children(r, "Result").stream().findFirst());
                    return new KuveytTurkSoapResult(
                            first.map(e -> KuveytTurkXml.text(e, "ErrorCode")).orElse(""),
                            first.map(e -> KuveytTurkXml.text(e, "ErrorMessage"))
                                    .orElse(""),
                            KuveytTurkXml.at(result, "Value").orElse(null));
                });
    }

    String value(String name) {
        return value == null ? "" : KuveytTurkXml.text(value, name);
    }

    List<Element> orderContracts() {
        return value == null ? List.of() : KuveytTurkXml.children(value, "OrderContract");
    }
}
