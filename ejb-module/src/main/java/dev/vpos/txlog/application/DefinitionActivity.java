package dev.vpos.txlog.application;

import dev.vpos.shared.domain.BusinessException;
import dev.vpos.txlog.infrastructure.DefinitionActivityQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The bank activity of some definitions for the definition-health report, read from the return-code log in two
 * statements whatever the number of definitions: one GROUP BY over the window (counts and latency percentiles, on
 * ix_bank_interaction_time) and one lookup of each definition's last approval (ix_bank_interaction_definition_outcome_time,
 * V70: one index probe per definition, not a scan of its history).
 */
@ApplicationScoped
public class DefinitionActivity {

    @Inject
    DefinitionActivityQueries queries;

    /** Each definition's activity in [start, end); a definition without a row in the window has zero counts. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Map<Long, BankActivity> of(List<Long> definitionIds, OffsetDateTime start, OffsetDateTime end) {
        return queries.of(definitionIds, start, end);
    }
}
