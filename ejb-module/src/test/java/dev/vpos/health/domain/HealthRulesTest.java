package dev.vpos.health.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private final HealthRules rules = new HealthRules(new BigDecimal("0.80"), 30);

    private static HealthSignals calls(long calls, long approvedCalls, long answered, long approved, long unanswered) {
        return new HealthSignals(true, calls, approvedCalls, answered, approved, unanswered, List.of(), true, "bank");
    }

    private static List<String> codes(List<HealthFinding> findings) {
        return findings.stream().map(HealthFinding::code).toList();
    }

    @Test
    void aQuietDefinitionAndOneApprovingWellAreOk() {
        assertEquals(List.of(), rules.judge(calls(0, 0, 0, 0, 0), NOW));
        assertEquals(List.of(), rules.judge(calls(10, 9, 10, 9, 0), NOW));
        assertEquals(HealthStatus.OK, HealthRules.status(List.of()));
    }

    @Test
    void callsWithoutOneApprovalFailAndTheRateIsNotReportedTwice() {
        List<HealthFinding> f = rules.judge(calls(3, 0, 3, 0, 0), NOW);

        assertEquals(List.of(HealthFinding.NO_APPROVAL), codes(f));
        assertEquals(Map.of("calls", "3"), f.get(0).values());
        assertEquals(HealthStatus.FAILING, HealthRules.status(f));
    }

    @Test
    void anApprovalRateUnderTheThresholdWarnsWithItsNumbers() {
        List<HealthFinding> f = rules.judge(calls(2, 1, 2, 1, 0), NOW);

        assertEquals(List.of(HealthFinding.APPROVAL_RATE_LOW), codes(f));
        assertEquals(
                Map.of("rate", "0.5000", "threshold", "0.80", "approved", "1", "answered", "2"),
                f.get(0).values());
        assertEquals(HealthStatus.WARNING, HealthRules.status(f));
        assertEquals(List.of(), rules.judge(calls(5, 4, 5, 4, 0), NOW), "exactly the threshold is fine");
    }

    @Test
    void unansweredAuthorisationsWarn() {
        List<HealthFinding> f = rules.judge(calls(5, 4, 4, 4, 1), NOW);

        assertEquals(List.of(HealthFinding.UNANSWERED_CALLS), codes(f));
        assertEquals(Map.of("count", "1"), f.get(0).values());
    }

    @Test
    void aCertificateWarnsWithinThirtyDaysAndFailsOnceExpired() {
        HealthSignals soon = new HealthSignals(
                true,
                0,
                0,
                0,
                0,
                0,
                List.of(new HealthSignals.Expiry("myPOS certificate (PEM)", NOW.plusSeconds(12 * 86_400))),
                true,
                "bank");
        HealthSignals expired =
                new HealthSignals(false, 0, 0, 0, 0, 0, List.of(new HealthSignals.Expiry("cert", NOW)), true, "bank");
        HealthSignals later = new HealthSignals(
                true,
                0,
                0,
                0,
                0,
                0,
                List.of(new HealthSignals.Expiry("cert", NOW.plusSeconds(31 * 86_400))),
                true,
                "b");

        List<HealthFinding> warned = rules.judge(soon, NOW);
        assertEquals(List.of(HealthFinding.CERTIFICATE_EXPIRING), codes(warned));
        assertEquals("12", warned.get(0).values().get("days"));
        assertEquals("myPOS certificate (PEM)", warned.get(0).values().get("credential"));
        assertEquals(HealthStatus.FAILING, HealthRules.status(rules.judge(expired, NOW)));
        assertEquals(List.of(), rules.judge(later, NOW));
    }

    @Test
    void anEnabledDefinitionWhoseBankHostHasNoRouteWarnsADisabledOneDoesNot() {
        HealthSignals enabled = new HealthSignals(true, 0, 0, 0, 0, 0, List.of(), false, "vpos.bank.invalid");
        HealthSignals disabled = new HealthSignals(false, 0, 0, 0, 0, 0, List.of(), false, "vpos.bank.invalid");

        List<HealthFinding> f = rules.judge(enabled, NOW);
        assertEquals(List.of(HealthFinding.BANK_HOST_UNREACHABLE), codes(f));
        assertEquals(Map.of("host", "vpos.bank.invalid"), f.get(0).values());
        assertEquals(List.of(), rules.judge(disabled, NOW));
    }

    @Test
    void theWorstFindingIsTheStatus() {
        List<HealthFinding> f = rules.judge(new HealthSignals(true, 4, 0, 2, 0, 2, List.of(), false, "h"), NOW);

        assertEquals(
                List.of(HealthFinding.NO_APPROVAL, HealthFinding.UNANSWERED_CALLS, HealthFinding.BANK_HOST_UNREACHABLE),
                codes(f));
        assertEquals(HealthStatus.FAILING, HealthRules.status(f));
    }

    @Test
    void theRateIsApprovedOverAnsweredAtFourDecimals() {
        assertEquals(new BigDecimal("0.6667"), HealthRules.rate(2, 3));
        assertNull(HealthRules.rate(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new HealthRules(new BigDecimal("1.5"), 30));
    }
}
