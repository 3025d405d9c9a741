package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.Views;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API answers for {@code Views.DayView}, mapped at the API edge. */
public record DayResponse(
        long id,
        long definitionId,
        String definitionCode,
        String family,
        long companyId,
        LocalDate statementDate,
        String status,
        String closedBy,
        OffsetDateTime closedAt,
        long lines,
        long matched,
        long differences,
        long missingInErp,
        long missingAtBank,
        long open,
        long resolved,
        List<ImportResponse> imports) {

    public static DayResponse of(Views.DayView a) {
        return new DayResponse(
                a.id(),
                a.definitionId(),
                a.definitionCode(),
                a.family(),
                a.companyId(),
                a.statementDate(),
                a.status(),
                a.closedBy(),
                a.closedAt(),
                a.lines(),
                a.matched(),
                a.differences(),
                a.missingInErp(),
                a.missingAtBank(),
                a.open(),
                a.resolved(),
                a.imports() == null
                        ? null
                        : a.imports().stream().map(ImportResponse::of).toList());
    }
}
