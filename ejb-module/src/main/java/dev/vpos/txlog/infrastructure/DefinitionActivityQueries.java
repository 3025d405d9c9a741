package dev.vpos.txlog.infrastructure;

import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.application.BankActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@link dev.vpos.txlog.application.DefinitionActivity}: the bank activity of some definitions, read from the return-code log in two
 * statements whatever the number of definitions: one GROUP BY over the window (counts and latency percentiles, on
 * ix_bank_interaction_time) and one lookup of each definition's last approval (ix_bank_interaction_definition_outcome_time,
 * V70: one index probe per definition, not a scan of its history).
 */
@ApplicationScoped
public class DefinitionActivityQueries {

    private static final String AUTHORISATION = "i.operation in ('SALE', 'PRE_AUTH', '3DS_SALE', '3DS_PRE_AUTH')";
    private static final String REACHED = "i.outcome <> 'NOT_SENT'";

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Each definition's activity in [start, end); a definition without a row in the window has zero counts. */
    public Map<Long, BankActivity> of(List<Long> definitionIds, OffsetDateTime start, OffsetDateTime end) {
        Map<Long, BankActivity> activity = new LinkedHashMap<>();
        if (definitionIds.isEmpty()) {
            return activity;
        }
        Map<Long, OffsetDateTime> lastApproved = lastApproved(definitionIds);
        definitionIds.forEach(id -> activity.put(id, BankActivity.none(id, lastApproved.get(id))));
        Query q = em.createNativeQuery("select i.definition_id, count(*),"
                + " sum(case when i.outcome = 'APPROVED' then 1 else 0 end),"
                + count(AUTHORISATION) + "," + count(AUTHORISATION + " and i.outcome = 'APPROVED'") + ","
                + count(AUTHORISATION + " and i.outcome = 'DECLINED'") + ","
                + count(AUTHORISATION + " and i.outcome = 'NOT_SENT'") + ","
                + count(AUTHORISATION + " and i.outcome = 'UNKNOWN'") + ","
                + " percentile_disc(0.5) within group (order by i.latency_ms) filter (where " + REACHED + "),"
                + " percentile_disc(0.95) within group (order by i.latency_ms) filter (where " + REACHED + "),"
                + " max(case when " + REACHED + " then i.latency_ms end)"
                + " from bank_interaction i where i.occurred_at >= ?1 and i.occurred_at < ?2"
                + " and i.definition_id in (" + marks(3, definitionIds.size()) + ")"
                + " group by i.definition_id");
        q.setParameter(1, start);
        q.setParameter(2, end);
        bind(q, 3, definitionIds);
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            long id = number(r[0]);
            activity.put(
                    id,
                    new BankActivity(
                            id,
                            number(r[1]),
                            number(r[2]),
                            number(r[3]),
                            number(r[4]),
                            number(r[5]),
                            number(r[6]),
                            number(r[7]),
                            nullable(r[8]),
                            nullable(r[9]),
                            nullable(r[10]),
                            lastApproved.get(id)));
        }
        return activity;
    }

    /**
     * Each definition's last approved interaction, at any time: a correlated max() per definition id, so each is one
     * backward probe of the (definition_id, outcome, occurred_at) index.
     */
    private Map<Long, OffsetDateTime> lastApproved(List<Long> definitionIds) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < definitionIds.size(); i++) {
            ids.add("cast(?" + (i + 1) + " as bigint)");
        }
        Query q = em.createNativeQuery("select u.id, (select max(i.occurred_at) from bank_interaction i"
                + " where i.definition_id = u.id and i.outcome = 'APPROVED')"
                + " from unnest(array[" + String.join(", ", ids) + "]) as u(id)");
        bind(q, 1, definitionIds);
        Map<Long, OffsetDateTime> last = new HashMap<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            if (r[1] != null) {
                last.put(number(r[0]), OffsetDateTimes.of(r[1]));
            }
        }
        return last;
    }

    private static String count(String condition) {
        return " sum(case when " + condition + " then 1 else 0 end)";
    }

    private static String marks(int first, int n) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            marks.add("?" + (first + i));
        }
        return String.join(", ", marks);
    }

    private static void bind(Query q, int first, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(first + i, values.get(i));
        }
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Long nullable(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
