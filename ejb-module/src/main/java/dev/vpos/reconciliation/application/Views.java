package dev.vpos.reconciliation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the reconciliation API shows. */
public final class Views {

    private Views() {}

    /** A definition finance can reconcile, with the mapping for its family's files when there is one. */
    public record DefinitionChoice(
            long id,
            String code,
            String displayName,
            String family,
            long companyId,
            String companyCode,
            boolean enabled,
            Long mappingId) {}

    /** A settlement-file mapping. */
    public record MappingView(
            long id,
            String code,
            String name,
            String family,
            String separator,
            boolean header,
            String charset,
            String decimalSeparator,
            String signConvention,
            String datePattern,
            String timePattern,
            Map<String, String> columns,
            String saleCodes,
            String refundCodes,
            String ignoreCodes,
            String defaultCurrency,
            String currencyAliases,
            int dateToleranceDays,
            String amountTolerance,
            boolean shipped,
            long version,
            String updatedBy,
            OffsetDateTime updatedAt) {}

    /** An import and how far it is: {@code processed} of {@code total} lines stored. */
    public record ImportView(
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
            OffsetDateTime finishedAt) {}

    /**
     * A day and where it stands. {@code open} counts what still needs finance (unresolved differences on both
     * sides); a day closes when it is 0.
     */
    public record DayView(
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
            List<ImportView> imports) {}

    /**
     * One line of the bank's file (source LINE) or one batch record the file lacks (source BATCH, kind
     * MISSING_AT_BANK; its amounts are the ERP's).
     */
    public record Item(
            String source,
            long id,
            String matchStatus,
            String kind,
            Integer lineNo,
            LocalDate transactionDate,
            String transactionClock,
            String transactionKind,
            String orderId,
            String authCode,
            String rrn,
            String maskedPan,
            BigDecimal amount,
            String currency,
            BigDecimal commission,
            BigDecimal erpAmount,
            BigDecimal erpCommission,
            Long batchId,
            String matchedBy,
            String resolution,
            String reason,
            String resolvedBy,
            OffsetDateTime resolvedAt) {}

    /** One entry of the day's trail. */
    public record AuditView(
            long id,
            String action,
            String actor,
            Long lineId,
            Long batchId,
            String reason,
            String details,
            OffsetDateTime occurredAt) {}
}
