package dev.vpos.reconciliation.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.reconciliation.domain.DifferenceKind;
import dev.vpos.reconciliation.domain.ReconciliationAudit;
import dev.vpos.reconciliation.domain.ReconciliationDay;
import dev.vpos.reconciliation.domain.SettlementMapping;
import dev.vpos.reconciliation.domain.StatementLine;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

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
        for (SettlementMapping m : em.createQuery(
                        "select m from SettlementMapping m order by m.id", SettlementMapping.class)
                .getResultList()) {
            if (m.getFamily() != null) {
                mappingOfFamily.putIfAbsent(m.getFamily(), m.getId());
            }
        }
        return em
                .createQuery("select d from VposDefinition d order by d.companyId, d.code", VposDefinition.class)
                .getResultList()
                .stream()
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
        String jpql = "select d from ReconciliationDay d where d.definitionId = :def"
                + (date == null ? "" : " and d.statementDate = :date") + " order by d.statementDate desc";
        TypedQuery<ReconciliationDay> q = em.createQuery(jpql, ReconciliationDay.class)
                .setParameter("def", definitionId)
                .setMaxResults(100);
        if (date != null) {
            q.setParameter("date", date);
        }
        return q.getResultList().stream().map(this::view).toList();
    }

    public Views.DayView day(long dayId) {
        return view(find(dayId));
    }

    ReconciliationDay find(long dayId) {
        ReconciliationDay day = em.find(ReconciliationDay.class, dayId);
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
        String resolution = switch (f) {
            case "open" -> " and m.resolution is null";
            case "resolved" -> " and m.resolution is not null";
            default -> "";
        };
        long missingCount = ((Number)
                        em.createNativeQuery("select count(*) from missing_at_bank m where m.day_id = ?1" + resolution)
                                .setParameter(1, dayId)
                                .getSingleResult())
                .longValue();
        String lineResolution = resolution.replace("m.resolution", "l.resolution");
        long lineCount = em.createQuery(
                        "select count(l) from StatementLine l where l.dayId = :d and l.matchStatus <> 'MATCHED'"
                                + lineResolution,
                        Long.class)
                .setParameter("d", dayId)
                .getSingleResult();
        int first = Page.firstResult(page, size);
        List<Views.Item> items = new ArrayList<>();
        if (first < missingCount) {
            items.addAll(missing(dayId, resolution, first, size));
        }
        int fromLines = (int) Math.max(0, first - missingCount);
        int room = size - items.size();
        if (room > 0 && fromLines < lineCount) {
            em.createQuery(
                            "select l from StatementLine l where l.dayId = :d and l.matchStatus <> 'MATCHED'"
                                    + lineResolution + " order by l.lineNo, l.id",
                            StatementLine.class)
                    .setParameter("d", dayId)
                    .setFirstResult(fromLines)
                    .setMaxResults(room)
                    .getResultList()
                    .forEach(l -> items.add(item(l)));
        }
        return new Page<>(items, page, size, missingCount + lineCount);
    }

    /** Every line of the day's files, in file order; {@code status} MATCHED, DIFFERENCE or MISSING_IN_ERP. */
    public Page<Views.Item> lines(long dayId, String status, int page, int size) {
        find(dayId);
        if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
            throw new InvalidInputException(FieldError.of("status", "batches.value", String.join(", ", STATUSES)));
        }
        String where = status == null || status.isBlank() ? "" : " and l.matchStatus = :s";
        TypedQuery<StatementLine> q = em.createQuery(
                        "select l from StatementLine l where l.dayId = :d" + where + " order by l.importId, l.lineNo",
                        StatementLine.class)
                .setParameter("d", dayId);
        TypedQuery<Long> count = em.createQuery(
                        "select count(l) from StatementLine l where l.dayId = :d" + where, Long.class)
                .setParameter("d", dayId);
        if (!where.isEmpty()) {
            q.setParameter("s", status);
            count.setParameter("s", status);
        }
        List<Views.Item> items =
                q.setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultList().stream()
                        .map(Reconciliations::item)
                        .toList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    public List<Views.AuditView> audit(long dayId) {
        find(dayId);
        return em
                .createQuery(
                        "select a from ReconciliationAudit a where a.dayId = :d order by a.occurredAt, a.id",
                        ReconciliationAudit.class)
                .setParameter("d", dayId)
                .getResultList()
                .stream()
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
        for (Object o : em.createNativeQuery("select match_status, count(*), sum(case when resolution is null then 0"
                        + " else 1 end) from statement_line where day_id = ?1 group by match_status")
                .setParameter(1, day.getId())
                .getResultList()) {
            Object[] r = (Object[]) o;
            long n = ((Number) r[1]).longValue();
            lines += n;
            resolvedLines += r[2] == null ? 0 : ((Number) r[2]).longValue();
            switch (((String) r[0]).trim()) {
                case "MATCHED" -> matched = n;
                case "DIFFERENCE" -> differences = n;
                default -> missingInErp = n;
            }
        }
        Object[] m =
                (Object[]) em.createNativeQuery("select count(*), sum(case when resolution is null then 0 else 1 end)"
                                + " from missing_at_bank where day_id = ?1")
                        .setParameter(1, day.getId())
                        .getSingleResult();
        long missingAtBank = ((Number) m[0]).longValue();
        long resolvedMissing = m[1] == null ? 0 : ((Number) m[1]).longValue();
        long open = (differences + missingInErp - resolvedLines) + (missingAtBank - resolvedMissing);
        VposDefinition d = em.find(VposDefinition.class, day.getDefinitionId());
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
        for (Object o : em.createNativeQuery(
                        "select m.batch_id, b.transaction_time, b.kind, b.bank_order_id, b.auth_code,"
                                + " b.host_ref_num, b.masked_pan, b.amount, b.currency, b.commission, m.resolution, m.resolution_reason,"
                                + " m.resolved_by, m.resolved_at from missing_at_bank m join card_batch b on b.id = m.batch_id"
                                + " where m.day_id = ?1" + resolution + " order by b.transaction_time, b.id limit "
                                + size + " offset "
                                + first)
                .setParameter(1, dayId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            OffsetDateTime at =
                    OffsetDateTimes.of(r[1]).atZoneSameInstant(clock.getZone()).toOffsetDateTime();
            long batchId = ((Number) r[0]).longValue();
            items.add(new Views.Item(
                    "BATCH",
                    batchId,
                    null,
                    DifferenceKind.MISSING_AT_BANK.name(),
                    null,
                    at.toLocalDate(),
                    CLOCK.format(at),
                    ((String) r[2]).trim(),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    null,
                    ((String) r[8]).trim(),
                    null,
                    money(r[7]),
                    money(r[9]),
                    batchId,
                    null,
                    (String) r[10],
                    (String) r[11],
                    (String) r[12],
                    OffsetDateTimes.of(r[13])));
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

    private static BigDecimal money(Object o) {
        return o == null ? null : scale2(new BigDecimal(o.toString()));
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
