package dev.vpos.txlog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclineChartTest {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2026-11-01T00:00+03:00");

    @Test
    void countsPerFamilyAndReasonWithTheApprovalRateOfAllAttempts() {
        DeclineChart chart = DeclineChart.of(
                FROM,
                FROM.plusDays(30),
                "Europe/Istanbul",
                DeclineChart.AUTHORISATIONS,
                List.of(
                        new DeclineChart.Group("EST", "APPROVED", "APPROVED", 5),
                        new DeclineChart.Group("EST", "DECLINED", "INSUFFICIENT_FUNDS", 3),
                        new DeclineChart.Group("EST", "DECLINED", "EXPIRED_CARD", 1),
                        new DeclineChart.Group("EST", "UNKNOWN", "OUTCOME_UNKNOWN", 1),
                        new DeclineChart.Group("GARANTI", "DECLINED", "INSUFFICIENT_FUNDS", 2),
                        new DeclineChart.Group("GARANTI", "NOT_SENT", null, 1)));

        assertEquals(
                List.of("EST", "GARANTI"),
                chart.families().stream().map(DeclineChart.FamilyBar::family).toList());
        DeclineChart.FamilyBar est = chart.families().get(0);
        assertEquals(10, est.attempts());
        assertEquals(5, est.approved());
        assertEquals(3 + 1, est.declined());
        assertEquals(1, est.unknown());
        assertEquals("0.5000", est.approvalRate().toPlainString());
        assertEquals(
                List.of(
                        new DeclineChart.ReasonCount("INSUFFICIENT_FUNDS", 3),
                        new DeclineChart.ReasonCount("EXPIRED_CARD", 1),
                        new DeclineChart.ReasonCount("OUTCOME_UNKNOWN", 1)),
                est.reasons(),
                "approvals are not a reason; largest first");
        DeclineChart.FamilyBar garanti = chart.families().get(1);
        assertEquals("0.0000", garanti.approvalRate().toPlainString());
        assertEquals(1, garanti.notSent());
        assertEquals(
                List.of(
                        new DeclineChart.ReasonCount("INSUFFICIENT_FUNDS", 5),
                        new DeclineChart.ReasonCount("EXPIRED_CARD", 1),
                        new DeclineChart.ReasonCount("OUTCOME_UNKNOWN", 1),
                        new DeclineChart.ReasonCount("UNCLASSIFIED", 1)),
                chart.reasons(),
                "the legend over all families");
    }

    @Test
    void anEmptyPeriodHasNoBars() {
        DeclineChart chart = DeclineChart.of(FROM, FROM.plusDays(1), "UTC", List.of("REFUND"), List.of());

        assertEquals(List.of(), chart.families());
        assertEquals(List.of(), chart.reasons());
    }

    @Test
    void theRateIsRoundedHalfUpToFourDecimals() {
        DeclineChart chart = DeclineChart.of(
                FROM,
                FROM.plusDays(1),
                "UTC",
                List.of("SALE"),
                List.of(
                        new DeclineChart.Group("EST", "APPROVED", "APPROVED", 2),
                        new DeclineChart.Group("EST", "DECLINED", "DO_NOT_HONOR", 1)));

        assertEquals("0.6667", chart.families().get(0).approvalRate().toPlainString());
    }
}
