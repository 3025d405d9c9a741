package dev.vpos.web.rest.txlog;

import dev.vpos.returncodes.application.ReasonTexts;
import dev.vpos.shared.domain.Language;
import dev.vpos.txlog.application.DeclineChart;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The decline-reason chart: the period {@code [start, end)} in the business {@code zone}, the operations counted,
 * per bank family its attempts, outcomes, approval rate and reasons, and the legend (every reason's total).
 */
public record DeclineChartResponse(
        OffsetDateTime start,
        OffsetDateTime end,
        String zone,
        List<String> operations,
        List<Family> families,
        List<Reason> reasons) {

    /** One family's bar. */
    public record Family(
            String family,
            long attempts,
            long approved,
            long declined,
            long notSent,
            long unknown,
            BigDecimal approvalRate,
            List<Reason> reasons) {}

    /** A unified reason, its text in the caller's language, and its count. */
    public record Reason(String reason, String text, long count) {}

    static DeclineChartResponse of(DeclineChart c, Locale locale) {
        return new DeclineChartResponse(
                c.start(),
                c.end(),
                c.zone(),
                c.operations(),
                c.families().stream()
                        .map(f -> new Family(
                                f.family(),
                                f.attempts(),
                                f.approved(),
                                f.declined(),
                                f.notSent(),
                                f.unknown(),
                                f.approvalRate(),
                                reasons(f.reasons(), locale)))
                        .toList(),
                reasons(c.reasons(), locale));
    }

    private static List<Reason> reasons(List<DeclineChart.ReasonCount> counts, Locale locale) {
        return counts.stream()
                .map(r -> new Reason(r.reason(), ReasonTexts.text(r.reason(), Language.of(locale)), r.count()))
                .toList();
    }
}
