package dev.vpos.txlog.application;

import java.time.OffsetDateTime;

/**
 * One definition's bank interactions over a window (the report's last hour): every call; the payment
 * authorisations ({@link DeclineChart#AUTHORISATIONS}) by outcome; the latency of the calls that reached the bank
 * (p50, p95, max in ms; null when none did); and its last approved interaction of any operation and any time.
 */
public record BankActivity(
        long definitionId,
        long calls,
        long approvedCalls,
        long attempts,
        long approved,
        long declined,
        long notSent,
        long unknown,
        Long latencyP50Ms,
        Long latencyP95Ms,
        Long latencyMaxMs,
        OffsetDateTime lastApprovedAt) {

    public static BankActivity none(long definitionId, OffsetDateTime lastApprovedAt) {
        return new BankActivity(definitionId, 0, 0, 0, 0, 0, 0, 0, null, null, null, lastApprovedAt);
    }

    /** Authorisations the bank answered: approved + declined (the approval rate's denominator). */
    public long answered() {
        return approved + declined;
    }
}
