package dev.vpos.simulator.est;

/**
 * The 3-D facts of the simulated EST bank that more than one class needs: the ACS password, the mdStatus values it
 * answers, and the error codes of the gate and of the 3D provision. mdStatus meanings are the scheme's (1
 * authenticated; 0 authentication failed; 2 card not enrolled); {@code HPP-1001} is the gate's code for a malformed
 * card number (mewebstudio/pos fixtures); {@code HPP-1002}, {@code HPP-1003}, {@code CORE-3008} and
 * {@code CORE-3009} are the simulator's choices.
 */
final class EstThreeDsRules {

    /** The one-time password the ACS page accepts. */
    static final String OTP = "123456";

    static final String AUTHENTICATED = "1";
    static final String AUTHENTICATION_FAILED = "0";
    static final String NOT_ENROLLED = "2";

    static final String INVALID_CARD = "HPP-1001";
    static final String INVALID_PARAMETER = "HPP-1002";
    static final String HASH_MISMATCH = "HPP-1003";
    static final String UNKNOWN_MD = "CORE-3008";
    static final String PROVISION_MISMATCH = "CORE-3009";

    private EstThreeDsRules() {}
}
