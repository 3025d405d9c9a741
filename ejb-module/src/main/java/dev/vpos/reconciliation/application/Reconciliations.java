package dev.vpos.reconciliation.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.reconciliation.domain.DifferenceKind;
import dev.vpos.reconciliation.domain.ReconciliationDay;
import dev.vpos.reconciliation.domain.SettlementMapping;
import dev.vpos.reconciliation.domain.StatementLine;
import dev.vpos.reconciliation.infrastructure.ReconciledRecordQueries;
import dev.vpos.reconciliation.infrastructure.ReconciliationDayRepository;
import dev.vpos.reconciliation.infrastructure.SettlementMappingRepository;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What finance reads: the definitions, the days with their counts, the differences, the lines, the trail. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class Reconciliations {

    private static final Set<String> FILTERS = Set.of("open", "resolved", "all");
    private static final Set<String> STATUSES = Set.of("MATCHED", "DIFFERENCE", "MISSING_IN_ERP");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    ReconciliationDayRepository days;

    @Inject
    SettlementMappingRepository mappings;

    @Inject
    ReconciledRecordQueries records;

    @Inject
    ErpPort erp;

    @Inject
    ImportRegistry imports;

    @Inject
    Clock clock;

    public List<Views.DefinitionChoice> definitions() {
        Map<Long, String> companies =
                erp.companies().stream().collect(Collectors.toMap(CompanyRef::id, CompanyRef::code));
        Map<String, Long> mappingOfFamily = new HashMap<>();
        for (SettlementMapping m : mappings.byId()) {
            if (m.getFamily() != null) {
                mappingOfFamily.putIfAbsent(m.getFamily(), m.getId());
            }
        }
        return records.definitions().stream()
                .map(d -> new Views.DefinitionChoice(
                        d.getId(),
                        d.getCode(),
                        d.getDisplayName(),
                        d.getFamily().name(),
                        d.getCompanyId(),
                        companies.getOrDefault(d.getCompanyId(), String.valueOf(d.getCompanyId())),
                        d.isEnabled(),
                        mappingOfFamily.get(d.getFamily().name())))
                .toList();
    }

    /** The days of a definition (one when a date is given), newest first. */
    public List<Views.DayView> days(Long definitionId, LocalDate date) {
        if (definitionId == null) {
            throw new InvalidInputException(FieldError.of("definitionId", "field.required"));
        }
        return days.ofDefinition(definitionId, date).stream().map(this::view).toList();
    }

    public Views.DayView day(long dayId) {
        return view(find(dayId));
    }

    ReconciliationDay find(long dayId) {
        ReconciliationDay day = days.find(dayId);
        if (day == null) {
            throw new NotFoundException("reconciliation.dayNotFound", "day " + dayId);
        }
        return day;
    }

    /**
     * What needs (or needed) finance: the batch records the bank lacks first, then the lines that are not plain
     * matches, in file order. {@code filter}: open, resolved or all.
     */
    public Page<Views.Item> differences(long dayId, String filter, int page, int size) {
        find(dayId);
        String f = filter == null || filter.isBlank() ? "all" : filter;
        if (!FILTERS.contains(f)) {
            throw new InvalidInputException(FieldError.of("status", "batches.value", "all, open, resolved"));
        }
        long missingCount = days.missingCount(dayId, f);
        long lineCount = days.unmatchedLineCount(dayId, f);
        int first = Page.firstResult(page, size);
        List<Views.Item> items = new ArrayList<>();
        if (first < missingCount) {
            items.addAll(missing(dayId, f, first, size));
        }
        int fromLines = (int) Math.max(0, first - missingCount);
        int room = size - items.size();
        if (room > 0 && fromLines < lineCount) {
            days.unmatchedLines(dayId, f, fromLines, room).forEach(l -> items.add(item(l)));
        }
        return new Page<>(items, page, size, missingCount + lineCount);
    }

    /** Every line of the day's files, in file order; {@code status} MATCHED, DIFFERENCE or MISSING_IN_ERP. */
    public Page<Views.Item> lines(long dayId, String status, int page, int size) {
        find(dayId);
        if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
            throw new InvalidInputException(FieldError.of("status", "batches.value", String.join(", ", STATUSES)));
        }
        String only = status == null || status.isBlank() ? null : status;
        List<Views.Item> items = days.lines(dayId, only, Page.firstResult(page, size), size).stream()
                .map(Reconciliations::item)
                .toList();
        return new Page<>(items, page, size, days.lineCount(dayId, only));
    }

    public List<Views.AuditView> audit(long dayId) {
        find(dayId);
        return days.auditOf(dayId).stream()
                .map(a -> new Views.AuditView(
                        a.getId(),
                        a.getAction(),
                        a.getActor(),
                        a.getLineId(),
                        a.getBatchId(),
                        a.getReason(),
                        a.getDetails(),
                        a.getOccurredAt()))
                .toList();
    }

    Views.DayView view(ReconciliationDay day) {
        long lines = 0;
        long matched = 0;
        long differences = 0;
        long missingInErp = 0;
        long resolvedLines = 0;
        for (ReconciliationDayRepository.StatusCount c : days.lineCounts(day.getId())) {
            long n = c.count();
            lines += n;
            resolvedLines += c.resolved();
            switch (c.status()) {
                case "MATCHED" -> matched = n;
                case "DIFFERENCE" -> differences = n;
                default -> missingInErp = n;
            }
        }
        ReconciliationDayRepository.MissingCount m = days.missingCount(day.getId());
        long missingAtBank = m.count();
        long resolvedMissing = m.resolved();
        long open = (differences + missingInErp - resolvedLines) + (missingAtBank - resolvedMissing);
        VposDefinition d = records.definition(day.getDefinitionId());
        return new Views.DayView(
                day.getId(),
                day.getDefinitionId(),
                d == null ? null : d.getCode(),
                d == null ? null : d.getFamily().name(),
                day.getCompanyId(),
                day.getStatementDate(),
                day.getStatus(),
                day.getClosedBy(),
                day.getClosedAt(),
                lines,
                matched,
                differences,
                missingInErp,
                missingAtBank,
                open,
                resolvedLines + resolvedMissing,
                imports.ofDay(day));
    }

    private List<Views.Item> missing(long dayId, String resolution, int first, int size) {
        List<Views.Item> items = new ArrayList<>();
        for (ReconciliationDayRepository.MissingRow r : days.missing(dayId, resolution, first, size)) {
            OffsetDateTime at =
                    r.transactionTime().atZoneSameInstant(clock.getZone()).toOffsetDateTime();
            items.add(new Views.Item(
                    "BATCH",
                    r.batchId(),
                    null,
                    DifferenceKind.MISSING_AT_BANK.name(),
                    null,
                    at.toLocalDate(),
                    CLOCK.format(at),
                    r.kind(),
                    r.bankOrderId(),
                    r.authCode(),
                    r.hostRefNum(),
                    r.maskedPan(),
                    null,
                    r.currency(),
                    null,
                    scale2(r.amount()),
                    scale2(r.commission()),
                    r.batchId(),
                    null,
                    r.resolution(),
                    r.resolutionReason(),
                    r.resolvedBy(),
                    r.resolvedAt()));
        }
        return items;
    }

    static Views.Item item(StatementLine l) {
        return new Views.Item(
                "LINE",
                l.getId(),
                l.getMatchStatus(),
                l.getDifferenceKind(),
                l.getLineNo(),
                l.getTransactionDate(),
                l.getTransactionClock(),
                l.getKind(),
                l.getOrderId(),
                l.getAuthCode(),
                l.getRrn(),
                l.getMaskedPan(),
                scale2(l.getAmount()),
                l.getCurrency(),
                scale2(l.getCommission()),
                scale2(l.getErpAmount()),
                scale2(l.getErpCommission()),
                l.getBatchId(),
                l.getMatchedBy(),
                l.getResolution(),
                l.getResolutionReason(),
                l.getResolvedBy(),
                l.getResolvedAt());
    }

    /** Stored with four decimals; shown with at least two, as the bank and the batch listing write them. */
    private static BigDecimal scale2(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 2 ? v.setScale(2, java.math.RoundingMode.UNNECESSARY) : stripped;
    }
}
