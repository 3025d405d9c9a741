package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.alerts.domain.UnansweredCallsRule.UnansweredCalls;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnansweredCallsRuleTest {

    @Test
    void moreUnansweredThanTheThresholdInTenMinutesRaisesWithUnknownAndNotSentApart() {
        List<AlertCondition> found = UnansweredCallsRule.evaluate(List.of(new UnansweredCalls(3, "EST-DEMO", 4, 2)), 5);

        assertEquals(1, found.size());
        assertEquals("6", found.get(0).facts().get("unanswered"));
        assertEquals("4", found.get(0).facts().get("unknown"));
        assertEquals("2", found.get(0).facts().get("notSent"));
        assertEquals("PT10M", found.get(0).facts().get("window"));
        assertEquals("definition:3", found.get(0).subject());
    }

    @Test
    void exactlyTheThresholdRaisesNothing() {
        assertEquals(List.of(), UnansweredCallsRule.evaluate(List.of(new UnansweredCalls(3, "EST-DEMO", 5, 0)), 5));
        assertEquals(List.of(), UnansweredCallsRule.evaluate(List.of(new UnansweredCalls(3, "EST-DEMO", 0, 0)), 1));
    }
}
