package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * VakıfBank's XML answers (the Common Payment API's registration and inquiry, the VPOS's {@code VposResponse}), read
 * with HTTP 200 only into a flat map of the leaves below the root, the first occurrence winning. The root's name is not
 * relied on for the Common Payment answers (mews/pos reads them without one; docs/families/payflex-cp.md).
 */
final class PayFlexCpXml {

    static final AnswerFormat<Answer> ANSWER = AnswerFormat.onHttpOk(StandardCharsets.UTF_8, PayFlexCpXml::parse);

    private PayFlexCpXml() {}

    /** An answer: its root's name and its leaves' texts by slash path below the root. */
    record Answer(String root, Map<String, String> values) {

        String get(String path) {
            return values.getOrDefault(path, "").trim();
        }

        boolean has(String path) {
            return !get(path).isEmpty();
        }
    }

    static Optional<Answer> parse(byte[] body) {
        return XmlNode.parse(body).map(root -> new Answer(root.localName(), Map.copyOf(root.paths())));
    }
}
