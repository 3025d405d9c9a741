package dev.vpos.txlog.application;

import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The decline-reason chart's numbers: one GROUP BY (family × outcome × unified reason) over the period's payment
 * authorisations — sales and pre-authorisations, 3-D ones included — or over one operation if asked.
 */
@ApplicationScoped
public class DeclineReasons {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public DeclineChart chart(LogFilter filter) {
        LogFilter f = filter.requirePeriod();
        List<String> operations = f.operation() == null ? DeclineChart.AUTHORISATIONS : List.of(f.operation());
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
        return DeclineChart.of(f.start(), f.end(), clock.getZone().getId(), operations, groups);
    }
}
