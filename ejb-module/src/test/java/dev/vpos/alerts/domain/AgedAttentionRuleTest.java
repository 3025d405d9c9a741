package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.alerts.domain.AgedAttentionRule.AgedAttention;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgedAttentionRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void collectionsNeedingAttentionPastTheHoursRaiseOneAlertForTheCompany() {
        OffsetDateTime oldest = OffsetDateTime.now(CLOCK).minusHours(30);
        List<AlertCondition> found = AgedAttentionRule.evaluate(
                new AgedAttention(3, "VP2612050001", oldest, "VP2612060007", oldest.plusHours(4)), 24);

        assertEquals(1, found.size());
        assertEquals("company", found.get(0).subject());
        assertNull(found.get(0).definitionId());
        assertEquals("3", found.get(0).facts().get("count"));
        assertEquals("VP2612050001", found.get(0).facts().get("oldestOrderId"));
        assertEquals(oldest.toString(), found.get(0).facts().get("oldestCreatedAt"));
        assertEquals("24", found.get(0).facts().get("thresholdHours"));
        assertEquals("VP2612060007", found.get(0).facts().get("newestOrderId"));
        assertEquals(oldest.plusHours(4).toString(), found.get(0).facts().get("newestCreatedAt"));
    }

    @Test
    void aCollectionAgingInMakesTheAlertGrowEvenWhenAnotherWasDealtWith() {
        OffsetDateTime t = OffsetDateTime.now(CLOCK).minusHours(30);
        Map<String, String> before = facts(new AgedAttention(2, "VP1", t, "VP2", t.plusHours(1)));

        assertTrue(AgedAttentionRule.grew(before, facts(new AgedAttention(3, "VP1", t, "VP3", t.plusHours(2)))));
        assertTrue(
                AgedAttentionRule.grew(
                        before, facts(new AgedAttention(2, "VP2", t.plusHours(1), "VP3", t.plusHours(2)))),
                "VP1 dealt with and VP3 aged in: as many as before, and still one finance has not seen");
        assertFalse(
                AgedAttentionRule.grew(
                        before, facts(new AgedAttention(1, "VP2", t.plusHours(1), "VP2", t.plusHours(1)))),
                "one dealt with: nothing new");
        assertFalse(AgedAttentionRule.grew(before, before), "the same collections: nothing new");
    }

    @Test
    void factsOfAnAlertRaisedBeforeTheNewestWasKeptGrowByTheCount() {
        assertTrue(AgedAttentionRule.grew(Map.of("count", "2"), Map.of("count", "3")));
        assertFalse(AgedAttentionRule.grew(Map.of("count", "2"), Map.of("count", "2")));
    }

    private static Map<String, String> facts(AgedAttention aged) {
        return AgedAttentionRule.evaluate(aged, 24).get(0).facts();
    }

    @Test
    void noneOldEnoughRaisesNothing() {
        assertEquals(List.of(), AgedAttentionRule.evaluate(new AgedAttention(0, null, null, null, null), 24));
    }
}
