package dev.vpos.alerts.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collections raised to finance (their outcome still unknown after every check with the bank, or a phone order
 * approved twice) that are older than the rule's hours: one alert for the company while any is left, with how many,
 * the oldest and the newest. It resolves when finance has dealt with them all. While it is active its numbers follow
 * the collections, and a collection that ages into it makes it {@linkplain #grew grow}: it is mailed again and asks
 * to be acknowledged again (finance has not seen that one yet).
 */
public final class AgedAttentionRule {

    /** The company's collections needing attention created before the rule's hours, and the oldest of them. */
    public record AgedAttention(
            long count,
            String oldestBankOrderId,
            OffsetDateTime oldestCreatedAt,
            String newestBankOrderId,
            OffsetDateTime newestCreatedAt) {}

    private AgedAttentionRule() {}

    public static List<AlertCondition> evaluate(AgedAttention aged, int hours) {
        if (aged.count() == 0) {
            return List.of();
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("count", String.valueOf(aged.count()));
        facts.put("oldestOrderId", aged.oldestBankOrderId());
        facts.put("oldestCreatedAt", aged.oldestCreatedAt().toString());
        facts.put("newestOrderId", aged.newestBankOrderId());
        facts.put("newestCreatedAt", aged.newestCreatedAt().toString());
        facts.put("thresholdHours", String.valueOf(hours));
        return List.of(new AlertCondition(AlertKind.ATTENTION_AGED, "company", null, facts));
    }

    /**
     * Whether a collection aged into the alert since its facts were {@code before}: the newest aged collection is a
     * later one than it was (so one dealt with and another aged in at the same time counts too), or — for facts of an
     * alert raised before the newest was kept — there are more of them.
     */
    public static boolean grew(Map<String, String> before, Map<String, String> now) {
        String newestBefore = before.get("newestCreatedAt");
        String newestNow = now.get("newestCreatedAt");
        if (newestBefore != null && newestNow != null) {
            return OffsetDateTime.parse(newestNow).isAfter(OffsetDateTime.parse(newestBefore));
        }
        return count(now) > count(before);
    }

    private static long count(Map<String, String> facts) {
        String n = facts.get("count");
        return n == null ? 0 : Long.parseLong(n);
    }
}
