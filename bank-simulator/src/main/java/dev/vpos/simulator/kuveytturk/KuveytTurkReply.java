package dev.vpos.simulator.kuveytturk;

import java.nio.charset.StandardCharsets;

/**
 * What the bank answers: HTTP status, content type, body, and a transport fault the servlet acts out (a slow answer
 * or a connection reset mid-answer); a malformed body or an HTTP 500 is already in the reply.
 */
public record KuveytTurkReply(int status, String contentType, byte[] body, KuveytTurkOutcomes.Fault fault) {

    static KuveytTurkReply xml(String xml) {
        return new KuveytTurkReply(
                200, KuveytTurkWriter.XML_TYPE, xml.getBytes(StandardCharsets.UTF_8), KuveytTurkOutcomes.Fault.NONE);
    }

    static KuveytTurkReply html(int status, String html) {
        return new KuveytTurkReply(
                status,
                KuveytTurkWriter.HTML_TYPE,
                html.getBytes(StandardCharsets.UTF_8),
                KuveytTurkOutcomes.Fault.NONE);
    }

    public boolean slow() {
        return fault == KuveytTurkOutcomes.Fault.SLOW;
    }

    public boolean reset() {
        return fault == KuveytTurkOutcomes.Fault.RESET;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
