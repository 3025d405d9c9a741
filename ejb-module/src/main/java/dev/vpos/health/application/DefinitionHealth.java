package dev.vpos.health.application;

import dev.vpos.health.domain.HealthFinding;
import dev.vpos.health.domain.HealthStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One definition in the operator's morning check. {@code expiries} is empty for families whose credentials are plain
 * secrets (the screen says "none"); no secret is ever part of it. {@code outgoingIp} is "unknown" when the bank host
 * does not resolve or has no route; {@code whitelistedIp} is what the admin noted the bank whitelisted.
 */
public record DefinitionHealth(
        long definitionId,
        long companyId,
        String companyCode,
        String code,
        String displayName,
        String family,
        String environment,
        boolean enabled,
        HealthStatus status,
        List<HealthFinding> findings,
        OffsetDateTime lastApprovedAt,
        Window lastHour,
        List<Expiry> expiries,
        String bankHost,
        String outgoingIp,
        String whitelistedIp) {

    /**
     * The window's numbers: every call, the payment authorisations by outcome, approval rate (approved / answered,
     * null when none was answered) and the latency of the calls that reached the bank (ms, null when none did).
     */
    public record Window(
            long calls,
            long attempts,
            long approved,
            long declined,
            long notSent,
            long unknown,
            BigDecimal approvalRate,
            Long latencyP50Ms,
            Long latencyP95Ms,
            Long latencyMaxMs) {}

    /** A credential with an expiry: its label and when it stops being valid. */
    public record Expiry(String credential, String label, Instant notAfter) {}
}
