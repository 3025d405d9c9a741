package dev.vpos.alerts.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * More than the rule's number of a definition's authorisations went unanswered in the last ten minutes: UNKNOWN
 * (timeouts, resets, an HTTP error such as a bank's 503, an unreadable answer) and NOT_SENT (no connection) together,
 * shown apart. It resolves once the ten minutes hold no more than that.
 */
public final class UnansweredCallsRule {

    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** One definition's unanswered authorisations in the window. */
    public record UnansweredCalls(long definitionId, String definitionCode, long unknown, long notSent) {}

    private UnansweredCallsRule() {}

    public static List<AlertCondition> evaluate(List<UnansweredCalls> calls, int max) {
        List<AlertCondition> found = new ArrayList<>();
        for (UnansweredCalls c : calls) {
            long total = c.unknown() + c.notSent();
            if (total > max) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("definition", c.definitionCode());
                facts.put("unanswered", String.valueOf(total));
                facts.put("unknown", String.valueOf(c.unknown()));
                facts.put("notSent", String.valueOf(c.notSent()));
                facts.put("window", WINDOW.toString());
                facts.put("threshold", String.valueOf(max));
                found.add(new AlertCondition(
                        AlertKind.BANK_UNANSWERED, "definition:" + c.definitionId(), c.definitionId(), facts));
            }
        }
        return found;
    }
}
