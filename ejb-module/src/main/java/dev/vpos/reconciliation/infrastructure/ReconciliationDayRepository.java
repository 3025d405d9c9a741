package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.MissingAtBank;
import dev.vpos.reconciliation.domain.ReconciliationAudit;
import dev.vpos.reconciliation.domain.ReconciliationDay;
import dev.vpos.reconciliation.domain.StatementLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A reconciliation day and what hangs on it: reconciliation_day, its statement_line and missing_at_bank rows and its
 * reconciliation_audit trail. Joins the caller's transaction; a lock (PESSIMISTIC_WRITE) holds until it ends.
 * A {@code resolution} filter is "open", "resolved" or anything else for all.
 */
@ApplicationScoped
public class ReconciliationDayRepository {

    /** The day's lines of one match status: how many, how many resolved. */
    public record StatusCount(String status, long count, long resolved) {}

    /** The day's batch records the bank lacks: how many, how many resolved. */
    public record MissingCount(long count, long resolved) {}

    /** A batch record the bank lacks, with the batch's own fields. */
    public record MissingRow(
            long batchId,
            OffsetDateTime transactionTime,
            String kind,
            String bankOrderId,
            String authCode,
            String hostRefNum,
            String maskedPan,
            BigDecimal amount,
            String currency,
            BigDecimal commission,
            String resolution,
            String resolutionReason,
            String resolvedBy,
            OffsetDateTime resolvedAt) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** The day, or null when there is none. */
    public ReconciliationDay find(long id) {
        return em.find(ReconciliationDay.class, id);
    }

    /** The day under its row lock, or null when there is none. */
    public ReconciliationDay lock(long id) {
        return em.find(ReconciliationDay.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The definition's day of that date, or null. */
    public ReconciliationDay byDefinitionAndDate(long definitionId, LocalDate date) {
        return em.createQuery(
                        "select d from ReconciliationDay d where d.definitionId = :def and d.statementDate = :date",
                        ReconciliationDay.class)
                .setParameter("def", definitionId)
                .setParameter("date", date)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Inserts at once (flush): a concurrent insert of the same definition and date fails here. */
    public void addNow(ReconciliationDay day) {
        em.persist(day);
        em.flush();
    }

    /** Writes what the transaction changed so far. */
    public void flush() {
        em.flush();
    }

    /** The definition's days (one when a date is given), newest first, at most 100. */
    public List<ReconciliationDay> ofDefinition(long definitionId, LocalDate date) {
        String jpql = "select d from ReconciliationDay d where d.definitionId = :def"
                + (date == null ? "" : " and d.statementDate = :date") + " order by d.statementDate desc";
        TypedQuery<ReconciliationDay> q = em.createQuery(jpql, ReconciliationDay.class)
                .setParameter("def", definitionId)
                .setMaxResults(100);
        if (date != null) {
            q.setParameter("date", date);
        }
        return q.getResultList();
    }

    /** A statement line, or null. */
    public StatementLine line(long id) {
        return em.find(StatementLine.class, id);
    }

    /** A batch record the bank lacks, or null. */
    public MissingAtBank missing(long batchId) {
        return em.find(MissingAtBank.class, batchId);
    }

    /** How many other lines refer to the batch record. */
    public long otherLinesOfBatch(long batchId, long lineId) {
        return ((Number) em.createNativeQuery("select count(*) from statement_line where batch_id = ?1 and id <> ?2")
                        .setParameter(1, batchId)
                        .setParameter(2, lineId)
                        .getSingleResult())
                .longValue();
    }

    public void addAudit(ReconciliationAudit audit) {
        em.persist(audit);
    }

    /** The day's trail, oldest first. */
    public List<ReconciliationAudit> auditOf(long dayId) {
        return em.createQuery(
                        "select a from ReconciliationAudit a where a.dayId = :d order by a.occurredAt, a.id",
                        ReconciliationAudit.class)
                .setParameter("d", dayId)
                .getResultList();
    }

    /** The day's lines counted per match status. */
    public List<StatusCount> lineCounts(long dayId) {
        List<StatusCount> counts = new ArrayList<>();
        for (Object o : em.createNativeQuery("select match_status, count(*), sum(case when resolution is null then 0"
                        + " else 1 end) from statement_line where day_id = ?1 group by match_status")
                .setParameter(1, dayId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            counts.add(new StatusCount(
                    ((String) r[0]).trim(),
                    ((Number) r[1]).longValue(),
                    r[2] == null ? 0 : ((Number) r[2]).longValue()));
        }
        return counts;
    }

    /** The day's batch records the bank lacks, counted. */
    public MissingCount missingCount(long dayId) {
        Object[] m =
                (Object[]) em.createNativeQuery("select count(*), sum(case when resolution is null then 0 else 1 end)"
                                + " from missing_at_bank where day_id = ?1")
                        .setParameter(1, dayId)
                        .getSingleResult();
        return new MissingCount(((Number) m[0]).longValue(), m[1] == null ? 0 : ((Number) m[1]).longValue());
    }

    /** How many of the day's batch records the bank lacks pass the resolution filter. */
    public long missingCount(long dayId, String resolution) {
        return ((Number) em.createNativeQuery("select count(*) from missing_at_bank m where m.day_id = ?1"
                                + resolution(resolution, "m"))
                        .setParameter(1, dayId)
                        .getSingleResult())
                .longValue();
    }

    /** The day's batch records the bank lacks, by transaction time: a page of them. */
    public List<MissingRow> missing(long dayId, String resolution, int first, int size) {
        List<MissingRow> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery(
                        "select m.batch_id, b.transaction_time, b.kind, b.bank_order_id, b.auth_code,"
                                + " b.host_ref_num, b.masked_pan, b.amount, b.currency, b.commission, m.resolution, m.resolution_reason,"
                                + " m.resolved_by, m.resolved_at from missing_at_bank m join card_batch b on b.id = m.batch_id"
                                + " where m.day_id = ?1" + resolution(resolution, "m")
                                + " order by b.transaction_time, b.id limit "
                                + size + " offset "
                                + first)
                .setParameter(1, dayId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new MissingRow(
                    ((Number) r[0]).longValue(),
                    dev.vpos.shared.infrastructure.persistence.OffsetDateTimes.of(r[1]),
                    ((String) r[2]).trim(),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    decimal(r[7]),
                    ((String) r[8]).trim(),
                    decimal(r[9]),
                    (String) r[10],
                    (String) r[11],
                    (String) r[12],
                    dev.vpos.shared.infrastructure.persistence.OffsetDateTimes.of(r[13])));
        }
        return rows;
    }

    /** How many of the day's lines are not plain matches and pass the resolution filter. */
    public long unmatchedLineCount(long dayId, String resolution) {
        return em.createQuery(
                        "select count(l) from StatementLine l where l.dayId = :d and l.matchStatus <> 'MATCHED'"
                                + resolution(resolution, "l"),
                        Long.class)
                .setParameter("d", dayId)
                .getSingleResult();
    }

    /** A page of the day's lines that are not plain matches, in file order. */
    public List<StatementLine> unmatchedLines(long dayId, String resolution, int first, int max) {
        return em.createQuery(
                        "select l from StatementLine l where l.dayId = :d and l.matchStatus <> 'MATCHED'"
                                + resolution(resolution, "l") + " order by l.lineNo, l.id",
                        StatementLine.class)
                .setParameter("d", dayId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** A page of the day's lines (of one match status, or all), by import and line. */
    public List<StatementLine> lines(long dayId, String status, int first, int size) {
        TypedQuery<StatementLine> q = em.createQuery(
                        "select l from StatementLine l where l.dayId = :d" + status(status)
                                + " order by l.importId, l.lineNo",
                        StatementLine.class)
                .setParameter("d", dayId);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many of the day's lines (of one match status, or all). */
    public long lineCount(long dayId, String status) {
        TypedQuery<Long> count = em.createQuery(
                        "select count(l) from StatementLine l where l.dayId = :d" + status(status), Long.class)
                .setParameter("d", dayId);
        if (status != null) {
            count.setParameter("s", status);
        }
        return count.getSingleResult();
    }

    private static String status(String status) {
        return status == null ? "" : " and l.matchStatus = :s";
    }

    private static String resolution(String filter, String alias) {
        return switch (filter) {
            case "open" -> " and " + alias + ".resolution is null";
            case "resolved" -> " and " + alias + ".resolution is not null";
            default -> "";
        };
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
