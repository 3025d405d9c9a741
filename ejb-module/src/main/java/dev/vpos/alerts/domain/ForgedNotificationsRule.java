package dev.vpos.alerts.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * At least the rule's number of notifications for a definition were refused in the last hour because their signature
 * (or merchant, or timestamp) did not verify: someone may be forging the provider's calls, or the provider's secret
 * changed. It resolves after an hour without enough of them.
 */
public final class ForgedNotificationsRule {

    public static final Duration WINDOW = Duration.ofHours(1);

    /** A definition's refused notifications in the window and the last one's time and reason. */
    public record RefusedNotifications(
            long definitionId, String definitionCode, long refused, OffsetDateTime lastAt, String lastReason) {}

    private ForgedNotificationsRule() {}

    public static List<AlertCondition> evaluate(List<RefusedNotifications> refused, int atLeast) {
        List<AlertCondition> found = new ArrayList<>();
        for (RefusedNotifications r : refused) {
            if (r.refused() >= atLeast) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("definition", r.definitionCode());
                facts.put("refused", String.valueOf(r.refused()));
                facts.put("lastAt", r.lastAt().toString());
                facts.put("lastReason", r.lastReason() == null ? "" : r.lastReason());
                facts.put("window", WINDOW.toString());
                facts.put("threshold", String.valueOf(atLeast));
                found.add(new AlertCondition(
                        AlertKind.FORGED_NOTIFICATIONS, "definition:" + r.definitionId(), r.definitionId(), facts));
            }
        }
        return found;
    }
}
