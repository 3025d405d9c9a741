package dev.vpos.web.rest.txlog;

import dev.vpos.txlog.application.LogPruning;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API answers for {@code LogPruning.Report}, mapped at the API edge. */
public record PruningReportResponse(
        String triggeredBy,
        String actor,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        long deleted,
        List<CompanyResult> companies) {

    public static PruningReportResponse of(LogPruning.Report a) {
        return new PruningReportResponse(
                a.triggeredBy(),
                a.actor(),
                a.startedAt(),
                a.finishedAt(),
                a.deleted(),
                a.companies() == null
                        ? null
                        : a.companies().stream().map(CompanyResult::of).toList());
    }

    /** {@code LogPruning.CompanyResult} as the API shows it. */
    public record CompanyResult(
            long companyId,
            String companyCode,
            int retentionMonths,
            OffsetDateTime cutoff,
            long deleted,
            long keptOpen,
            String failure) {

        public static CompanyResult of(LogPruning.CompanyResult a) {
            return new CompanyResult(
                    a.companyId(),
                    a.companyCode(),
                    a.retentionMonths(),
                    a.cutoff(),
                    a.deleted(),
                    a.keptOpen(),
                    a.failure());
        }
    }
}
