package dev.vpos.simulator.payflex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the simulated bank answers one request with, plus the transport misbehaviour to act out (magic amounts).
 * {@link #body()} is the whole answer; {@link #wireBody()} what a faulty bank actually sends.
 */
public record PayFlexReply(int status, String contentType, byte[] body, Fault fault) {

    public static final String XML = "text/xml; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    /** Misbehaviours of a real bank, triggered by magic amounts of an authorisation. */
    public enum Fault {
        NONE,
        /** Book, then answer after {@code vpos.simulator.slowMillis}. */
        SLOW,
        /** Book, then send HTTP 200 with the XML cut off half-way. */
        MALFORMED,
        /** Book nothing; HTTP 500 with an HTML error page. */
        HTTP_500,
        /** Book, declare the full Content-Length, send half and drop the connection. */
        RESET
    }

    static PayFlexReply xml(String xml) {
        return new PayFlexReply(200, XML, xml.getBytes(StandardCharsets.UTF_8), Fault.NONE);
    }

    static PayFlexReply html(int status, String html) {
        return new PayFlexReply(status, HTML, html.getBytes(StandardCharsets.UTF_8), Fault.NONE);
    }

    PayFlexReply with(Fault newFault) {
        return new PayFlexReply(status, contentType, body, newFault);
    }

    public byte[] wireBody() {
        return fault == Fault.MALFORMED || fault == Fault.RESET ? Arrays.copyOf(body, body.length / 2) : body;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
