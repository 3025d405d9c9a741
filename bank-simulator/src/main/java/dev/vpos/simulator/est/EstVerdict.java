package dev.vpos.simulator.est;

/**
 * What the simulated EST bank decided for one request, before identifiers are drawn. For an order-status query it
 * is the query's own result ({@link #recordsFound} or {@link #noRecordFound}), not the order's.
 *
 * @param response       {@code Approved}, {@code Declined} or {@code Error}
 * @param procReturnCode {@code 00} approved, the decline code, or {@code 99} for an error
 * @param errorCode      the gateway's {@code CORE-nnnn} code of an error; empty otherwise
 * @param fault          a transport misbehaviour to act out around the answer (magic amounts)
 */
public record EstVerdict(String response, String procReturnCode, String errMsg, String errorCode, Fault fault) {

    /** Misbehaviours of a real bank, triggered by magic amounts. */
    public enum Fault {
        /** Answer normally. */
        NONE,
        /** Answer normally, but only after a long pause (client timeout tests). */
        SLOW_ANSWER,
        /** Book the sale, then send HTTP 200 with the XML cut off half-way. */
        TRUNCATED_XML,
        /** Book nothing; send HTTP 500 with an HTML error page. */
        HTTP_500,
        /** Book the sale, then declare the full Content-Length, send half the XML and stop (connection reset). */
        CONNECTION_RESET
    }

    public static EstVerdict approved() {
        return new EstVerdict("Approved", "00", "", "", Fault.NONE);
    }

    public static EstVerdict declined(String procReturnCode, String errMsg) {
        return new EstVerdict("Declined", procReturnCode, errMsg, "", Fault.NONE);
    }

    public static EstVerdict error(String errorCode, String errMsg) {
        return new EstVerdict("Error", "99", errMsg, errorCode, Fault.NONE);
    }

    /** An order-status query that found the order: the query succeeded, whatever became of the order itself. */
    public static EstVerdict recordsFound(String orderId) {
        return new EstVerdict("Approved", "00", "Record(s) found for " + orderId, "", Fault.NONE);
    }

    /** An order-status query for an order the merchant never sent: Declined 99, without a CORE code. */
    public static EstVerdict noRecordFound(String orderId) {
        return declined("99", "No record found for " + orderId);
    }

    public EstVerdict withFault(Fault newFault) {
        return new EstVerdict(response, procReturnCode, errMsg, errorCode, newFault);
    }

    public boolean isApproved() {
        return "Approved".equals(response);
    }

    public boolean isError() {
        return "Error".equals(response);
    }

    /** {@code Extra/NUMCODE} as the gateway fills it: {@code 99} + the digits of the CORE code for an error (CORE-2012 → 992012), else the return code. */
    public String numCode() {
        return isError() ? "99" + errorCode.replaceAll("\\D", "") : procReturnCode;
    }
}
