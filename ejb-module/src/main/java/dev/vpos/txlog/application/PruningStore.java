package dev.vpos.txlog.application;

import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.txlog.domain.PruningRun;
import dev.vpos.txlog.infrastructure.PruningRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The database side of pruning: each chunk is deleted in a transaction of its own (never one huge transaction), and
 * each company's run is recorded in its own transaction too.
 *
 * <p>Interactions of collections that are still open are kept whatever their age: the collection is INITIATED,
 * waiting for 3-D, UNKNOWN or raised to finance, or one of its captures, voids or refunds is INITIATED or UNKNOWN.
 * Those interactions are the evidence needed to settle it; they go in the first run after it is settled.
 * Nothing else points at a log row with a foreign key; a collection's state history keeps the id of the interaction
 * that caused each transition (no foreign key) and is never changed, so the history survives pruning intact.
 */
@ApplicationScoped
public class PruningStore {

    @Inject
    PruningRepository pruning;

    /** Deletes up to {@code limit} prunable rows of the company; answers how many went. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public int deleteChunk(long companyId, OffsetDateTime cutoff, int limit) {
        return pruning.deletePrunable(companyId, cutoff, limit);
    }

    /** The company's rows older than the cutoff that are still there (kept: their collection is open). */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public long countOlder(long companyId, OffsetDateTime cutoff) {
        return pruning.countOlder(companyId, cutoff);
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void record(PruningRun run) {
        pruning.add(run);
    }

    /** The pruning runs, newest first, of one company or all. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Page<PruningRun> runs(Long companyId, List<Long> scope, int page, int size) {
        return pruning.runs(companyId, scope, page, size);
    }
}
