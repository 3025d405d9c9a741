package dev.vpos.simulator.payflexcp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the simulated Common Payment answers one API call with, plus the transport misbehaviour to act out (magic
 * amounts of the registered payment, acted out on its inquiry). {@link #wireBody()} is what a faulty bank sends.
 */
public record PayFlexCpReply(int status, String contentType, byte[] body, Fault fault) {

    public static final String XML = "text/xml; charset=utf-8";

    /** Misbehaviours of a real bank. */
    public enum Fault {
        NONE,
        /** Answer after {@code vpos.simulator.slowMillis}. */
        SLOW,
        /** HTTP 200 with the XML cut off half-way. */
        MALFORMED,
        /** HTTP 500 with an HTML error page. */
        HTTP_500,
        /** Declare the full Content-Length, send half and drop the connection. */
        RESET
    }

    static PayFlexCpReply xml(String xml) {
        return new PayFlexCpReply(200, XML, xml.getBytes(StandardCharsets.UTF_8), Fault.NONE);
    }

    PayFlexCpReply with(Fault newFault) {
        return new PayFlexCpReply(status, contentType, body, newFault);
    }

    public byte[] wireBody() {
        return fault == Fault.MALFORMED || fault == Fault.RESET ? Arrays.copyOf(body, body.length / 2) : body;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
