package dev.vpos.batches.infrastructure;

import dev.vpos.batches.application.BatchQuery;
import dev.vpos.batches.application.BatchRow;
import dev.vpos.batches.application.BatchTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the batch listing's native SQL (built by {@link BatchQuery}) through JPA and reads its rows; joins the caller's
 * transaction, if any.
 */
@ApplicationScoped
public class BatchListingQueries {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Listing rows. */
    public List<BatchRow> rows(BatchQuery.Sql sql) {
        List<?> result = query(sql).getResultList();
        List<BatchRow> rows = new ArrayList<>(result.size());
        for (Object o : result) {
            rows.add(BatchQuery.row((Object[]) o));
        }
        return rows;
    }

    /** Totals per currency. */
    public List<BatchTotals> totals(BatchQuery.Sql sql) {
        List<BatchTotals> totals = new ArrayList<>();
        for (Object o : query(sql).getResultList()) {
            totals.add(BatchQuery.totalsRow((Object[]) o));
        }
        return totals;
    }

    /** A list of days. */
    public List<LocalDate> days(BatchQuery.Sql sql) {
        List<LocalDate> days = new ArrayList<>();
        for (Object o : query(sql).getResultList()) {
            days.add(BatchQuery.localDate(o));
        }
        return days;
    }

    /** Forgets what the persistence context holds (between export chunks: constant memory). */
    public void clear() {
        em.clear();
    }

    private Query query(BatchQuery.Sql sql) {
        Query q = em.createNativeQuery(sql.text());
        for (int i = 0; i < sql.params().size(); i++) {
            q.setParameter(i + 1, sql.params().get(i));
        }
        return q;
    }
}
