package dev.vpos.alerts.infrastructure;

import dev.vpos.alerts.domain.AgedAttentionRule.AgedAttention;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the alert rules read of other contexts' tables (reads only; each stays the owner's to write): refused
 * notifications (notifications' provider_notification), collections raised to finance (collection), a definition's
 * batch records per business day (batches' card_batch) and its closed reconciliation days (reconciliation_day).
 */
@ApplicationScoped
public class AlertSignalQueries {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** A definition's refused notifications since a time: how many, the last one's time and reason. */
    public record Refused(long definitionId, long count, OffsetDateTime lastAt, String lastReason) {}

    /** A definition's batch records on a business day. */
    public record DayRecords(long definitionId, LocalDate day, long records) {}

    public List<Refused> refusedNotifications(long companyId, OffsetDateTime since) {
        Query q = em.createNativeQuery("select n.definition_id, count(*), max(n.received_at),"
                + " (select r.rejection from provider_notification r where r.definition_id = n.definition_id"
                + " and r.authentic = false and r.received_at >= ?2 order by r.received_at desc, r.id desc"
                + " fetch first 1 rows only)"
                + " from provider_notification n where n.company_id = ?1 and n.authentic = false"
                + " and n.received_at >= ?2 group by n.definition_id");
        q.setParameter(1, companyId);
        q.setParameter(2, since);
        List<Refused> found = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            found.add(new Refused(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    OffsetDateTimes.of(r[2]),
                    r[3] == null ? null : r[3].toString()));
        }
        return found;
    }

    /**
     * The company's collections needing attention created before {@code before}: how many, the oldest and the newest.
     */
    public AgedAttention agedAttention(long companyId, OffsetDateTime before) {
        Query count = em.createNativeQuery(
                "select count(*) from collection c where c.company_id = ?1 and c.needs_attention = true"
                        + " and c.created_at < ?2");
        count.setParameter(1, companyId);
        count.setParameter(2, before);
        long n = ((Number) count.getSingleResult()).longValue();
        if (n == 0) {
            return new AgedAttention(0, null, null, null, null);
        }
        Object[] oldest = agedEnd(companyId, before, "c.created_at, c.id");
        Object[] newest = agedEnd(companyId, before, "c.created_at desc, c.id desc");
        return new AgedAttention(
                n,
                oldest[0].toString(),
                OffsetDateTimes.of(oldest[1]),
                newest[0].toString(),
                OffsetDateTimes.of(newest[1]));
    }

    /** The first of the company's aged collections needing attention in {@code order}: bank order id, created at. */
    private Object[] agedEnd(long companyId, OffsetDateTime before, String order) {
        Query q = em.createNativeQuery("select c.bank_order_id, c.created_at from collection c where c.company_id = ?1"
                + " and c.needs_attention = true and c.created_at < ?2 order by " + order
                + " fetch first 1 rows only");
        q.setParameter(1, companyId);
        q.setParameter(2, before);
        return (Object[]) q.getSingleResult();
    }

    /**
     * The batch records of the company's definitions on each business day from {@code firstDay} to {@code lastDay}
     * (in {@code zone}): one range read per day on ix_card_batch_company_time_id.
     */
    public List<DayRecords> batchDays(long companyId, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        List<DayRecords> found = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Query q = em.createNativeQuery("select b.definition_id, count(*) from card_batch b where b.company_id = ?1"
                    + " and b.transaction_time >= ?2 and b.transaction_time < ?3 group by b.definition_id");
            q.setParameter(1, companyId);
            q.setParameter(2, day.atStartOfDay(zone).toOffsetDateTime());
            q.setParameter(3, day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            for (Object o : q.getResultList()) {
                Object[] r = (Object[]) o;
                found.add(new DayRecords(((Number) r[0]).longValue(), day, ((Number) r[1]).longValue()));
            }
        }
        return found;
    }

    /** The (definition, day) pairs of the company closed in reconciliation since {@code firstDay}. */
    public Set<String> closedDays(long companyId, LocalDate firstDay) {
        Query q = em.createNativeQuery("select d.definition_id, d.statement_date from reconciliation_day d"
                + " where d.company_id = ?1 and d.statement_date >= ?2 and d.status = 'CLOSED'");
        q.setParameter(1, companyId);
        q.setParameter(2, firstDay);
        Set<String> closed = new HashSet<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            closed.add(dayKey(((Number) r[0]).longValue(), localDate(r[1])));
        }
        return closed;
    }

    public static String dayKey(long definitionId, LocalDate day) {
        return definitionId + "/" + day;
    }

    private static LocalDate localDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
