package dev.vpos.simulator.est;

/**
 * What the simulated bank decided for one request. {@code fault} is a transport behaviour instead of an answer.
 */
public record EstVerdict(String response, String procReturnCode, String errMsg, String errorCode, Fault fault) {

    /** Misbehaviours a real bank shows, triggered by magic amounts. */
    public enum Fault { NONE, SLOW, MALFORMED, HTTP_500 }

    static EstVerdict approve() {
        return new EstVerdict("Approved", "00", "", "", Fault.NONE);
    }

    static EstVerdict decline(String code, String message) {
        return new EstVerdict("Declined", code, message, "", Fault.NONE);
    }

    static EstVerdict error(String errorCode, String message) {
        return new EstVerdict("Error", "99", message, errorCode, Fault.NONE);
    }

    static EstVerdict fault(Fault fault) {
        return new EstVerdict("", "", "", "", fault);
    }

    public boolean approved() {
        return "00".equals(procReturnCode);
    }
}
