package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.alerts.domain.ApprovalDropRule.ApprovalWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalDropRuleTest {

    private static ApprovalWindow window(long answered, long approved, long usualAnswered, long usualApproved) {
        return new ApprovalWindow(7, "EST-DEMO", answered, approved, usualAnswered, usualApproved);
    }

    @Test
    void aRateUnderThePercentageOfTheUsualRaisesWithBothRatesAndTheWindow() {
        // usual 90 %, 70 % of it = 63 %; the last hour approved 12 of 20 = 60 %
        List<AlertCondition> found = ApprovalDropRule.evaluate(List.of(window(20, 12, 200, 180)), 70);

        assertEquals(1, found.size());
        AlertCondition c = found.get(0);
        assertEquals(AlertKind.APPROVAL_RATE_DROP, c.kind());
        assertEquals("60.0", c.facts().get("ratePercent"));
        assertEquals("90.0", c.facts().get("usualPercent"));
        assertEquals("63.0", c.facts().get("floorPercent"));
        assertEquals("20", c.facts().get("answered"));
        assertEquals("PT1H", c.facts().get("window"));
        assertEquals("same hour, previous 7 days", c.facts().get("baseline"));
        assertEquals("EST-DEMO", c.facts().get("definition"));
    }

    @Test
    void aRateAtOrAboveTheFloorRaisesNothing() {
        // 63 of 100 = 63.0 % is the floor itself
        assertEquals(List.of(), ApprovalDropRule.evaluate(List.of(window(100, 63, 200, 180)), 70));
        assertEquals(
                1,
                ApprovalDropRule.evaluate(List.of(window(100, 62, 200, 180)), 70)
                        .size());
    }

    @Test
    void tooFewAnswersInTheHourOrNoUsualRaiseNothing() {
        assertEquals(List.of(), ApprovalDropRule.evaluate(List.of(window(9, 0, 200, 180)), 70), "a quiet hour");
        assertEquals(List.of(), ApprovalDropRule.evaluate(List.of(window(50, 0, 9, 9)), 70), "no usual yet");
        assertEquals(List.of(), ApprovalDropRule.evaluate(List.of(window(50, 0, 50, 0)), 70), "never approves");
    }
}
