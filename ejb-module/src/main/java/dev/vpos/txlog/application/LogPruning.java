package dev.vpos.txlog.application;

import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.domain.LogRetention;
import dev.vpos.txlog.domain.PruningRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention policy: for every company, deletes the return-code log rows older than the company's cutoff
 * ({@link LogRetention#cutoff}, from the injected clock) in chunks of {@code vpos.logRetention.chunkSize} (5,000) rows,
 * each chunk its own transaction, keeping the evidence of open collections ({@link PruningStore}); then records the
 * run per company. One run at a time on a node; a second request while one runs is refused.
 */
@ApplicationScoped
public class LogPruning {

    private static final Logger LOG = Logger.getLogger(LogPruning.class.getName());

    @Inject
    LogRetentionPolicy policy;

    @Inject
    PruningStore store;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.logRetention.chunkSize", defaultValue = "5000")
    int chunkSize;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What a run did for one company. */
    public record CompanyResult(
            long companyId,
            String companyCode,
            int retentionMonths,
            OffsetDateTime cutoff,
            long deleted,
            long keptOpen,
            String failure) {}

    /** What a run did: per company, and the total deleted. */
    public record Report(
            String triggeredBy,
            String actor,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            long deleted,
            List<CompanyResult> companies) {}

    @Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
    public Report pruneAll(PruningRun.Trigger trigger, String actor) {
        if (!running.compareAndSet(false, true)) {
            throw new RuleViolationException("logRetention.running");
        }
        try {
            OffsetDateTime started = OffsetDateTimes.now(clock);
            int defaultMonths = policy.defaultMonths();
            Map<Long, Integer> own = policy.overrides();
            List<CompanyResult> results = new ArrayList<>();
            for (CompanyRef company : erp.companies()) {
                int months = own.getOrDefault(company.id(), defaultMonths);
                results.add(
                        prune(company, months, LogRetention.cutoff(started, months, clock.getZone()), trigger, actor));
            }
            long deleted = results.stream().mapToLong(CompanyResult::deleted).sum();
            LOG.info(() -> "Return-code log pruning (" + trigger + ", " + actor + "): " + deleted
                    + " interaction(s) deleted over " + results.size() + " company(ies)");
            return new Report(trigger.name(), actor, started, OffsetDateTimes.now(clock), deleted, results);
        } finally {
            running.set(false);
        }
    }

    private CompanyResult prune(
            CompanyRef company, int months, OffsetDateTime cutoff, PruningRun.Trigger trigger, String actor) {
        OffsetDateTime started = OffsetDateTimes.now(clock);
        long deleted = 0;
        String failure = null;
        try {
            int chunk = Math.max(1, chunkSize);
            int n;
            do {
                n = store.deleteChunk(company.id(), cutoff, chunk);
                deleted += n;
            } while (n == chunk);
        } catch (RuntimeException e) {
            failure = String.valueOf(e);
            LOG.log(
                    Level.WARNING,
                    "Return-code log pruning of company " + company.code() + " stopped after " + deleted
                            + " row(s); the next run goes on",
                    e);
        }
        long kept = 0;
        try {
            kept = store.countOlder(company.id(), cutoff);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count the kept rows of company " + company.code(), e);
        }
        CompanyResult result = new CompanyResult(company.id(), company.code(), months, cutoff, deleted, kept, failure);
        try {
            store.record(new PruningRun(
                    company.id(),
                    months,
                    cutoff,
                    deleted,
                    kept,
                    trigger,
                    actor,
                    started,
                    OffsetDateTimes.now(clock),
                    failure));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record the pruning run of company " + company.code() + ": " + result, e);
        }
        if (deleted > 0 || kept > 0) {
            long d = deleted;
            long k = kept;
            LOG.info(() -> "Return-code log of company " + company.code() + " (" + months + " months, before " + cutoff
                    + "): " + d + " deleted, " + k + " kept for open collections");
        }
        return result;
    }
}
