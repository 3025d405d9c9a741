package dev.vpos.gateway.payflex;

import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * PayFlex XML both ways. Requests are flat or one level nested ({@code SearchRequest}), UTF-8, without an XML
 * declaration (as PayFlex's own examples post {@code VposRequest}). Answers ({@code VposResponse},
 * {@code SearchResponse}, the MPI's {@code IPaySecure}) count with HTTP 200 only and are read into a flat map of slash
 * paths below the root ({@code ResultCode}, {@code ResponseInfo/ResponseCode}, {@code Message/VERes/Status}); the
 * first occurrence wins.
 */
final class PayFlexXml {

    static final AnswerFormat<Parsed> ANSWER = AnswerFormat.onHttpOk(StandardCharsets.UTF_8, PayFlexXml::parse);

    private PayFlexXml() {}

    /** A parsed answer: its root element's name and the text of every leaf element by path. */
    record Parsed(String root, Map<String, String> values) {

        String get(String path) {
            return values.getOrDefault(path, "");
        }

        boolean has(String path) {
            return values.containsKey(path);
        }
    }

    /** {@code <root>...</root>}; a value that is itself a {@code Map} becomes a nested element. */
    static String write(String root, Map<String, ?> fields) {
        return XmlWriter.utf8().element(root, fields).toString();
    }

    static Optional<Parsed> parse(byte[] body) {
        return XmlNode.parse(body).map(root -> new Parsed(root.name(), Map.copyOf(root.paths())));
    }
}
