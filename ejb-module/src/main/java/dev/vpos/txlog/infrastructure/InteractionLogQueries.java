package dev.vpos.txlog.infrastructure;

import dev.vpos.shared.application.Page;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.application.DeclineChart;
import dev.vpos.txlog.application.LogEntry;
import dev.vpos.txlog.application.LogFilter;
import dev.vpos.txlog.application.LogRow;
import dev.vpos.txlog.application.OutcomeCount;
import dev.vpos.txlog.domain.PanScrubber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The return-code log's reads on bank_interaction (with the definition's code and the collection's reference): a
 * filter's page and counts, one interaction in full, the decline-reason groups. Native SQL for PostgreSQL and H2; the
 * sort column comes from a whitelist, every value is a parameter. Joins the caller's transaction.
 */
@ApplicationScoped
public class InteractionLogQueries {

    private static final String COLUMNS = "select i.id, i.occurred_at, i.company_id, i.definition_id, d.code, i.family,"
            + " i.operation, i.bank_order_id, i.outcome, i.bank_code, i.reason, i.message, i.http_status, i.latency_ms,"
            + " i.collection_id, c.reference, i.request_id";
    private static final String FROM = " from bank_interaction i left join vpos_definition d on d.id = i.definition_id"
            + " left join collection c on c.id = i.collection_id";

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** The filter's rows of one page (offset paging), in the filter's order. */
    public List<LogRow> page(LogFilter f, int page, int size) {
        LogWhere w = LogWhere.of(f);
        Query q = w.bind(em.createNativeQuery(
                COLUMNS + FROM + w.sql() + f.orderBy() + " limit " + size + " offset " + Page.firstResult(page, size)));
        List<LogRow> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            rows.add(row((Object[]) o));
        }
        return rows;
    }

    /** The filter's count per outcome. */
    public List<OutcomeCount> totals(LogFilter f) {
        LogWhere w = LogWhere.of(f);
        Query q = w.bind(em.createNativeQuery("select i.outcome, count(*) from bank_interaction i" + w.sql()
                + " group by i.outcome order by i.outcome"));
        List<OutcomeCount> totals = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            totals.add(new OutcomeCount((String) r[0], ((Number) r[1]).longValue()));
        }
        return totals;
    }

    /** Rows per family, outcome and unified reason; the IN list of {@code operations} when the filter names none. */
    public List<DeclineChart.Group> declineGroups(LogFilter f, List<String> operations) {
        LogWhere w = LogWhere.of(f);
        if (f.operation() == null) {
            w.in("i.operation", operations);
        }
        List<DeclineChart.Group> groups = new ArrayList<>();
        for (Object o : w.bind(em.createNativeQuery("select i.family, i.outcome, i.reason, count(*)"
                        + " from bank_interaction i" + w.sql() + " group by i.family, i.outcome, i.reason"))
                .getResultList()) {
            Object[] r = (Object[]) o;
            groups.add(
                    new DeclineChart.Group((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
        }
        return groups;
    }

    /** One interaction with its masked request and response; empty if there is none (or it was pruned). */
    public Optional<LogEntry> entry(long id) {
        List<?> found = em.createNativeQuery(
                        COLUMNS + ", i.masked_request, i.masked_response" + FROM + " where i.id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) found.get(0);
        return Optional.of(new LogEntry(row(r), PanScrubber.scrub(text(r[17])), PanScrubber.scrub(text(r[18]))));
    }

    private static LogRow row(Object[] r) {
        return new LogRow(
                ((Number) r[0]).longValue(),
                OffsetDateTimes.of(r[1]),
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(),
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (String) r[8],
                (String) r[9],
                (String) r[10],
                PanScrubber.scrub((String) r[11]),
                r[12] == null ? null : ((Number) r[12]).intValue(),
                ((Number) r[13]).longValue(),
                r[14] == null ? null : ((Number) r[14]).longValue(),
                (String) r[15],
                (String) r[16]);
    }

    /** VARCHAR(8000) comes back as a String; a driver may hand a CLOB-like value to be read as text. */
    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return o.toString();
    }
}
