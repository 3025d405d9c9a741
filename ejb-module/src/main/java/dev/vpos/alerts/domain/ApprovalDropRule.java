package dev.vpos.alerts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A definition's approval rate over the last hour is below the rule's percentage of its usual rate. The usual rate is
 * the same hour of the day over the previous seven days taken together (approved / answered authorisations), so a
 * definition's quiet night and busy noon are each compared with themselves. Both the hour and the usual must have at
 * least {@link #MIN_ANSWERED} answered authorisations: a few declines of a quiet hour, or a definition with no
 * history, raise nothing (the definition-health screen shows absolute rates).
 */
public final class ApprovalDropRule {

    public static final int MIN_ANSWERED = 10;

    /** One definition's answered and approved authorisations: the last hour and the usual (same hour, 7 days). */
    public record ApprovalWindow(
            long definitionId,
            String definitionCode,
            long answered,
            long approved,
            long usualAnswered,
            long usualApproved) {}

    private ApprovalDropRule() {}

    public static List<AlertCondition> evaluate(List<ApprovalWindow> windows, int percentOfUsual) {
        List<AlertCondition> found = new ArrayList<>();
        for (ApprovalWindow w : windows) {
            if (w.answered() < MIN_ANSWERED || w.usualAnswered() < MIN_ANSWERED || w.usualApproved() == 0) {
                continue;
            }
            BigDecimal rate = percent(w.approved(), w.answered());
            BigDecimal usual = percent(w.usualApproved(), w.usualAnswered());
            BigDecimal floor = usual.multiply(BigDecimal.valueOf(percentOfUsual))
                    .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
            if (rate.compareTo(floor) < 0) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("definition", w.definitionCode());
                facts.put("ratePercent", rate.toPlainString());
                facts.put("usualPercent", usual.toPlainString());
                facts.put("floorPercent", floor.toPlainString());
                facts.put("answered", String.valueOf(w.answered()));
                facts.put("approved", String.valueOf(w.approved()));
                facts.put("usualAnswered", String.valueOf(w.usualAnswered()));
                facts.put("window", "PT1H");
                facts.put("baseline", "same hour, previous 7 days");
                facts.put("thresholdPercent", String.valueOf(percentOfUsual));
                found.add(new AlertCondition(
                        AlertKind.APPROVAL_RATE_DROP, "definition:" + w.definitionId(), w.definitionId(), facts));
            }
        }
        return found;
    }

    /** approved / answered in percent, one decimal, half up. */
    static BigDecimal percent(long approved, long answered) {
        return BigDecimal.valueOf(approved * 100L).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
    }
}
