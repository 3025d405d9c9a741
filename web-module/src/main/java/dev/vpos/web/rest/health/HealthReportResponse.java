package dev.vpos.web.rest.health;

import dev.vpos.health.application.HealthReport;
import dev.vpos.health.domain.HealthStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the API answers for {@code HealthReport}, mapped at the API edge. */
public record HealthReportResponse(
        OffsetDateTime generatedAt,
        OffsetDateTime windowStart,
        OffsetDateTime windowEnd,
        BigDecimal approvalRateWarning,
        int certificateWarningDays,
        long ok,
        long warning,
        long failing,
        List<DefinitionHealth> definitions) {

    public static HealthReportResponse of(HealthReport a) {
        return new HealthReportResponse(
                a.generatedAt(),
                a.windowStart(),
                a.windowEnd(),
                a.approvalRateWarning(),
                a.certificateWarningDays(),
                a.ok(),
                a.warning(),
                a.failing(),
                a.definitions() == null
                        ? null
                        : a.definitions().stream().map(DefinitionHealth::of).toList());
    }

    /** {@code dev.vpos.health.domain.HealthFinding} as the API shows it. */
    public record HealthFinding(HealthStatus severity, String code, Map<String, String> values) {

        public static HealthFinding of(dev.vpos.health.domain.HealthFinding a) {
            return new HealthFinding(a.severity(), a.code(), a.values());
        }
    }

    /** {@code dev.vpos.health.application.DefinitionHealth.Window} as the API shows it. */
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
            Long latencyMaxMs) {

        public static Window of(dev.vpos.health.application.DefinitionHealth.Window a) {
            return new Window(
                    a.calls(),
                    a.attempts(),
                    a.approved(),
                    a.declined(),
                    a.notSent(),
                    a.unknown(),
                    a.approvalRate(),
                    a.latencyP50Ms(),
                    a.latencyP95Ms(),
                    a.latencyMaxMs());
        }
    }

    /** {@code dev.vpos.health.application.DefinitionHealth.Expiry} as the API shows it. */
    public record Expiry(String credential, String label, Instant notAfter) {

        public static Expiry of(dev.vpos.health.application.DefinitionHealth.Expiry a) {
            return new Expiry(a.credential(), a.label(), a.notAfter());
        }
    }

    /** {@code dev.vpos.health.application.DefinitionHealth} as the API shows it. */
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

        public static DefinitionHealth of(dev.vpos.health.application.DefinitionHealth a) {
            return new DefinitionHealth(
                    a.definitionId(),
                    a.companyId(),
                    a.companyCode(),
                    a.code(),
                    a.displayName(),
                    a.family(),
                    a.environment(),
                    a.enabled(),
                    a.status(),
                    a.findings() == null
                            ? null
                            : a.findings().stream().map(HealthFinding::of).toList(),
                    a.lastApprovedAt(),
                    a.lastHour() == null ? null : Window.of(a.lastHour()),
                    a.expiries() == null
                            ? null
                            : a.expiries().stream().map(Expiry::of).toList(),
                    a.bankHost(),
                    a.outgoingIp(),
                    a.whitelistedIp());
        }
    }
}
