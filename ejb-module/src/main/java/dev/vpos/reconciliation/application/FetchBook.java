package dev.vpos.reconciliation.application;

import dev.vpos.reconciliation.domain.FetchResult;
import dev.vpos.reconciliation.domain.FetchSchedule;
import dev.vpos.reconciliation.domain.FileResult;
import dev.vpos.reconciliation.domain.KnownFiles;
import dev.vpos.reconciliation.domain.SettlementFetch;
import dev.vpos.reconciliation.domain.SettlementFetchedFile;
import dev.vpos.reconciliation.domain.SettlementSource;
import dev.vpos.reconciliation.domain.SourceSettings;
import dev.vpos.reconciliation.infrastructure.SettlementFetchRepository;
import dev.vpos.reconciliation.infrastructure.SettlementSourceRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The fetch's short transactions, before and after the transfer (which holds no database connection): claiming a
 * source and opening its run; recording what the run did, the host key met at the first connection, and when the
 * source is fetched next.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
public class FetchBook {

    @Inject
    SettlementSourceRepository sources;

    @Inject
    SettlementFetchRepository fetches;

    @Inject
    FetchSettings settings;

    @Inject
    Clock clock;

    /** What a claimed run needs, read before the transfer. */
    public record Started(
            long fetchId,
            long definitionId,
            SourceSettings settings,
            String passwordSealed,
            String privateKeySealed,
            String hostKey,
            KnownFiles known) {}

    /**
     * Claims the source for this node and opens its run; empty when another node is fetching it, or (scheduled) it
     * is no longer due or enabled.
     */
    public Optional<Started> start(long definitionId, boolean manual, String holder, String actor) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        SettlementSource s = sources.find(definitionId);
        if (s == null
                || (!manual
                        && (!s.isEnabled()
                                || s.getNextFetchAt() == null
                                || s.getNextFetchAt().isAfter(now)))) {
            return Optional.empty();
        }
        if (!sources.claim(definitionId, holder, now.plus(settings.claim()), now)) {
            return Optional.empty();
        }
        SettlementFetch.Trigger trigger = manual
                ? SettlementFetch.Trigger.MANUAL
                : s.getFailures() > 0 ? SettlementFetch.Trigger.RETRY : SettlementFetch.Trigger.SCHEDULE;
        SettlementFetch run = new SettlementFetch(definitionId, trigger, s.getFailures() + 1, actor, now);
        fetches.addNow(run);
        return Optional.of(new Started(
                run.getId(),
                definitionId,
                s.settings(),
                s.getPasswordSealed(),
                s.getPrivateKeySealed(),
                s.getHostKey(),
                fetches.known(definitionId)));
    }

    /** Sources whose time (or retry) has come. */
    public java.util.List<Long> due(OffsetDateTime now, int max) {
        return sources.due(now, max);
    }

    /** Records the run's end; answers the run as it now is. */
    public SettlementFetch finish(Started started, FetchResult result, String hostKeyMet) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        SettlementSource s = sources.find(started.definitionId());
        SettlementFetch run = fetches.find(started.fetchId());
        boolean failed = result.outcome() == SettlementFetch.Outcome.FAILED;
        OffsetDateTime next = null;
        int failures = 0;
        if (s != null) {
            FetchSchedule schedule = settings.schedule();
            var here = now.atZoneSameInstant(clock.getZone());
            failures = failed ? s.getFailures() + 1 : 0;
            next = failed
                    ? schedule.afterFailure(s.settings().fetchTime(), here, failures)
                            .toOffsetDateTime()
                    : schedule.afterSuccess(s.settings().fetchTime(), here).toOffsetDateTime();
        }
        for (FileResult f : result.files()) {
            fetches.add(new SettlementFetchedFile(started.fetchId(), started.definitionId(), f, now));
        }
        run.finish(result, next, now);
        // the run and its files are written first: the source's bookkeeping below is bulk updates, which the
        // persistence context does not see
        fetches.flush();
        if (s != null) {
            if (hostKeyMet != null) {
                sources.recordHostKeyIfNone(started.definitionId(), hostKeyMet, now);
            }
            sources.ran(started.definitionId(), failures, s.isEnabled() ? next : null);
        }
        return run;
    }
}
