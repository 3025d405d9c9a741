package dev.vpos.health.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The morning check's rules (docs/admin-guide.md, "Definition health"):
 * <ul>
 *   <li>FAILING: calls in the window and none approved; a certificate past its expiry;</li>
 *   <li>WARNING: approval rate (approved / answered authorisations) under the threshold; authorisations not sent or
 *       unknown; a certificate expiring within the warning days; an enabled definition's bank host without a route.
 * </ul>
 */
public record HealthRules(BigDecimal approvalRateWarning, int certificateWarningDays) {

    public HealthRules {
        if (approvalRateWarning.signum() < 0 || approvalRateWarning.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("approval-rate threshold must be within 0..1: " + approvalRateWarning);
        }
        if (certificateWarningDays < 0) {
            throw new IllegalArgumentException("certificate warning days must not be negative");
        }
    }

    /** approved / answered at 4 decimals (half up); null when nothing was answered. */
    public static BigDecimal rate(long approved, long answered) {
        return answered == 0
                ? null
                : BigDecimal.valueOf(approved).divide(BigDecimal.valueOf(answered), 4, RoundingMode.HALF_UP);
    }

    public List<HealthFinding> judge(HealthSignals s, Instant now) {
        List<HealthFinding> findings = new ArrayList<>();
        boolean noApproval = s.calls() > 0 && s.approvedCalls() == 0;
        if (noApproval) {
            findings.add(new HealthFinding(
                    HealthStatus.FAILING, HealthFinding.NO_APPROVAL, Map.of("calls", String.valueOf(s.calls()))));
        }
        BigDecimal rate = rate(s.approved(), s.answered());
        if (rate != null && !noApproval && rate.compareTo(approvalRateWarning) < 0) {
            findings.add(new HealthFinding(
                    HealthStatus.WARNING,
                    HealthFinding.APPROVAL_RATE_LOW,
                    Map.of(
                            "rate", rate.toPlainString(),
                            "threshold", approvalRateWarning.toPlainString(),
                            "approved", String.valueOf(s.approved()),
                            "answered", String.valueOf(s.answered()))));
        }
        if (s.unanswered() > 0) {
            findings.add(new HealthFinding(
                    HealthStatus.WARNING,
                    HealthFinding.UNANSWERED_CALLS,
                    Map.of("count", String.valueOf(s.unanswered()))));
        }
        for (HealthSignals.Expiry e : s.expiries()) {
            if (!e.notAfter().isAfter(now)) {
                findings.add(new HealthFinding(
                        HealthStatus.FAILING,
                        HealthFinding.CERTIFICATE_EXPIRED,
                        Map.of(
                                "credential",
                                e.credential(),
                                "notAfter",
                                e.notAfter().toString())));
            } else if (e.notAfter().isBefore(now.plus(Duration.ofDays(certificateWarningDays)))) {
                findings.add(new HealthFinding(
                        HealthStatus.WARNING,
                        HealthFinding.CERTIFICATE_EXPIRING,
                        Map.of(
                                "credential", e.credential(),
                                "notAfter", e.notAfter().toString(),
                                "days",
                                        String.valueOf(Duration.between(now, e.notAfter())
                                                .toDays()))));
            }
        }
        if (s.enabled() && !s.bankHostRoutable()) {
            findings.add(new HealthFinding(
                    HealthStatus.WARNING,
                    HealthFinding.BANK_HOST_UNREACHABLE,
                    Map.of("host", s.bankHost() == null ? "" : s.bankHost())));
        }
        return findings;
    }

    /** The worst severity of the findings; OK without any. */
    public static HealthStatus status(List<HealthFinding> findings) {
        HealthStatus status = HealthStatus.OK;
        for (HealthFinding f : findings) {
            status = status.worse(f.severity());
        }
        return status;
    }
}
