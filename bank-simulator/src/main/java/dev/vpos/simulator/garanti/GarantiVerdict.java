package dev.vpos.simulator.garanti;

/**
 * What the simulated Garanti bank answers in {@code Transaction/Response}. Host decisions (approval, card declines)
 * have Source HOST and ReasonCode = Code; the gateway's own refusals (validation, hash, follow-up rules) have Source
 * GVPS, Code 92 and a four-digit ReasonCode, as the real GVP does.
 */
public record GarantiVerdict(
        String source, String code, String reasonCode, String message, String errorMsg, String sysErrMsg, Fault fault) {

    /** Misbehaviours of a real bank, triggered by magic amounts (authorisations only). */
    public enum Fault {
        NONE,
        /** Answer normally after a long pause. */
        SLOW_ANSWER,
        /** Book, then answer HTTP 200 with the XML cut in half. */
        MALFORMED,
        /** Book nothing; HTTP 500 with an HTML page. */
        HTTP_500,
        /** Book, then declare the full Content-Length and send only part of it: the connection drops mid-answer. */
        CONNECTION_RESET
    }

    public static GarantiVerdict approved() {
        return new GarantiVerdict("HOST", "00", "00", "Approved", "", "", Fault.NONE);
    }

    /** The gateway's answer to a successful inquiry (no host involved). */
    public static GarantiVerdict inquiryAnswered() {
        return new GarantiVerdict("GVPS", "00", "", "Approved", "", "", Fault.NONE);
    }

    public static GarantiVerdict hostDecline(String code, String errorMsg, String sysErrMsg) {
        return new GarantiVerdict("HOST", code, code, "Declined", errorMsg, sysErrMsg, Fault.NONE);
    }

    public static GarantiVerdict gvpsError(String reasonCode, String errorMsg) {
        return new GarantiVerdict("GVPS", "92", reasonCode, "Declined", errorMsg, "ErrorId: " + reasonCode, Fault.NONE);
    }

    public GarantiVerdict withFault(Fault newFault) {
        return new GarantiVerdict(source, code, reasonCode, message, errorMsg, sysErrMsg, newFault);
    }

    public boolean isApproved() {
        return "00".equals(code);
    }

    /** A refusal of the gateway itself: never booked, the host never saw it. */
    public boolean isGatewayError() {
        return "GVPS".equals(source) && !isApproved();
    }
}
