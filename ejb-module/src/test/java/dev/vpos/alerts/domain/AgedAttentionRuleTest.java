package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpos.alerts.domain.AgedAttentionRule.AgedAttention;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgedAttentionRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void collectionsNeedingAttentionPastTheHoursRaiseOneAlertForTheCompany() {
        OffsetDateTime oldest = OffsetDateTime.now(CLOCK).minusHours(30);
        List<AlertCondition> found = AgedAttentionRule.evaluate(new AgedAttention(3, "VP2612050001", oldest), 24);

        assertEquals(1, found.size());
        assertEquals("company", found.get(0).subject());
        assertNull(found.get(0).definitionId());
        assertEquals("3", found.get(0).facts().get("count"));
        assertEquals("VP2612050001", found.get(0).facts().get("oldestOrderId"));
        assertEquals(oldest.toString(), found.get(0).facts().get("oldestCreatedAt"));
        assertEquals("24", found.get(0).facts().get("thresholdHours"));
    }

    @Test
    void noneOldEnoughRaisesNothing() {
        assertEquals(List.of(), AgedAttentionRule.evaluate(new AgedAttention(0, null, null), 24));
    }
}
