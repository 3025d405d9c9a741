package dev.vpos.health.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The definition-health report: the window it counts, the thresholds it judged with, and one row per definition. */
public record HealthReport(
        OffsetDateTime generatedAt,
        OffsetDateTime windowStart,
        OffsetDateTime windowEnd,
        BigDecimal approvalRateWarning,
        int certificateWarningDays,
        long ok,
        long warning,
        long failing,
        List<DefinitionHealth> definitions) {}
