package dev.vpos.txlog.application;

import dev.vpos.shared.domain.BusinessException;
import dev.vpos.txlog.infrastructure.InteractionLogQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The decline-reason chart's numbers: one GROUP BY (family × outcome × unified reason) over the period's payment
 * authorisations — sales and pre-authorisations, 3-D ones included — or over one operation if asked.
 */
@ApplicationScoped
public class DeclineReasons {

    @Inject
    InteractionLogQueries log;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public DeclineChart chart(LogFilter filter) {
        LogFilter f = filter.requirePeriod();
        List<String> operations = f.operation() == null ? DeclineChart.AUTHORISATIONS : List.of(f.operation());
        List<DeclineChart.Group> groups = log.declineGroups(f, operations);
        return DeclineChart.of(f.start(), f.end(), clock.getZone().getId(), operations, groups);
    }
}
