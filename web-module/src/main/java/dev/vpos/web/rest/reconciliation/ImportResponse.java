package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.Views;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the API answers for {@code Views.ImportView}, mapped at the API edge. */
public record ImportResponse(
        long id,
        long dayId,
        long definitionId,
        LocalDate statementDate,
        long mappingId,
        String fileName,
        long fileBytes,
        String status,
        int total,
        int processed,
        String failure,
        Integer matched,
        Integer differences,
        Integer missingInErp,
        Integer missingAtBank,
        String importedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    public static ImportResponse of(Views.ImportView a) {
        return new ImportResponse(
                a.id(),
                a.dayId(),
                a.definitionId(),
                a.statementDate(),
                a.mappingId(),
                a.fileName(),
                a.fileBytes(),
                a.status(),
                a.total(),
                a.processed(),
                a.failure(),
                a.matched(),
                a.differences(),
                a.missingInErp(),
                a.missingAtBank(),
                a.importedBy(),
                a.startedAt(),
                a.finishedAt());
    }
}
