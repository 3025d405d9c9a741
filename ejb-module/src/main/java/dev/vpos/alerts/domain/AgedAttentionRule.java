package dev.vpos.alerts.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collections raised to finance (their outcome still unknown after every check with the bank, or a phone order
 * approved twice) that are older than the rule's hours: one alert for the company while any is left, with how many
 * and the oldest. It resolves when finance has dealt with them all.
 */
public final class AgedAttentionRule {

    /** The company's collections needing attention created before the rule's hours, and the oldest of them. */
    public record AgedAttention(long count, String oldestBankOrderId, OffsetDateTime oldestCreatedAt) {}

    private AgedAttentionRule() {}

    public static List<AlertCondition> evaluate(AgedAttention aged, int hours) {
        if (aged.count() == 0) {
            return List.of();
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("count", String.valueOf(aged.count()));
        facts.put("oldestOrderId", aged.oldestBankOrderId());
        facts.put("oldestCreatedAt", aged.oldestCreatedAt().toString());
        facts.put("thresholdHours", String.valueOf(hours));
        return List.of(new AlertCondition(AlertKind.ATTENTION_AGED, "company", null, facts));
    }
}
