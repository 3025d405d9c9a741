package dev.vpos.simulator.vakifkatilim;

import java.nio.charset.StandardCharsets;

/**
 * What the bank answers: HTTP status, content type, body, and a transport fault the servlet acts out (a slow answer
 * or a connection reset mid-answer); a malformed body or an HTTP 500 is already in the reply.
 */
public record VakifKatilimReply(int status, String contentType, byte[] body, VakifKatilimOutcomes.Fault fault) {

    static VakifKatilimReply xml(String xml) {
        return new VakifKatilimReply(
                200,
                VakifKatilimWriter.XML_TYPE,
                xml.getBytes(StandardCharsets.UTF_8),
                VakifKatilimOutcomes.Fault.NONE);
    }

    static VakifKatilimReply html(int status, String html) {
        return new VakifKatilimReply(
                status,
                VakifKatilimWriter.HTML_TYPE,
                html.getBytes(StandardCharsets.UTF_8),
                VakifKatilimOutcomes.Fault.NONE);
    }

    public boolean slow() {
        return fault == VakifKatilimOutcomes.Fault.SLOW;
    }

    public boolean reset() {
        return fault == VakifKatilimOutcomes.Fault.RESET;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
