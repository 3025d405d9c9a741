package dev.vpos.txlog.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why payments were not approved, per bank family, over a period: for each family the attempts, how they ended, the
 * approval rate (approved / attempts, 4 decimals) and the unified reasons of every attempt that was not approved;
 * {@code reasons} lists each reason's total over all families, largest first (the chart's legend).
 */
public record DeclineChart(
        OffsetDateTime start,
        OffsetDateTime end,
        String zone,
        List<String> operations,
        List<FamilyBar> families,
        List<ReasonCount> reasons) {

    /** The chart counts payment authorisations unless one operation is asked for. */
    public static final List<String> AUTHORISATIONS = List.of("SALE", "PRE_AUTH", "3DS_SALE", "3DS_PRE_AUTH");

    /** One bank family's bar. */
    public record FamilyBar(
            String family,
            long attempts,
            long approved,
            long declined,
            long notSent,
            long unknown,
            BigDecimal approvalRate,
            List<ReasonCount> reasons) {}

    /** A unified reason and how many attempts ended with it. */
    public record ReasonCount(String reason, long count) {}

    /** One group of the GROUP BY: family × outcome × reason and its count. */
    public record Group(String family, String outcome, String reason, long count) {}

    public static DeclineChart of(
            OffsetDateTime start, OffsetDateTime end, String zone, List<String> operations, List<Group> groups) {
        Map<String, List<Group>> byFamily = new TreeMap<>();
        groups.forEach(g ->
                byFamily.computeIfAbsent(g.family(), k -> new ArrayList<>()).add(g));
        List<FamilyBar> bars = new ArrayList<>();
        Map<String, Long> overall = new LinkedHashMap<>();
        byFamily.forEach((family, list) -> {
            long approved = 0;
            long declined = 0;
            long notSent = 0;
            long unknown = 0;
            Map<String, Long> reasons = new LinkedHashMap<>();
            for (Group g : list) {
                switch (g.outcome()) {
                    case "APPROVED" -> approved += g.count();
                    case "DECLINED" -> declined += g.count();
                    case "NOT_SENT" -> notSent += g.count();
                    default -> unknown += g.count();
                }
                if (!"APPROVED".equals(g.outcome())) {
                    String reason = g.reason() == null ? "UNCLASSIFIED" : g.reason();
                    reasons.merge(reason, g.count(), Long::sum);
                    overall.merge(reason, g.count(), Long::sum);
                }
            }
            long attempts = approved + declined + notSent + unknown;
            BigDecimal rate =
                    BigDecimal.valueOf(approved).divide(BigDecimal.valueOf(attempts), 4, RoundingMode.HALF_UP);
            bars.add(new FamilyBar(family, attempts, approved, declined, notSent, unknown, rate, sorted(reasons)));
        });
        return new DeclineChart(start, end, zone, operations, bars, sorted(overall));
    }

    private static List<ReasonCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ReasonCount::count).reversed().thenComparing(ReasonCount::reason))
                .toList();
    }
}
