package dev.vpos.txlog.application;

import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.txlog.infrastructure.InteractionLogQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The return-code log viewer on the database: filtered, sorted and paged server-side, with the filter's count per
 * outcome (whose sum is the page's total), and one interaction in full. The SQL is
 * {@link InteractionLogQueries}'. Reads run in a short transaction of their own.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class LogListing {

    @Inject
    InteractionLogQueries log;

    @Inject
    Clock clock;

    /** A page of the filter and its count per outcome. */
    public record Listing(Page<LogRow> page, List<OutcomeCount> totals) {}

    /** The zone in which dates of a filter are read: the business zone. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public Listing page(LogFilter f, int page, int size) {
        List<LogRow> rows = log.page(f, page, size);
        List<OutcomeCount> totals = totals(f);
        long total = totals.stream().mapToLong(OutcomeCount::count).sum();
        return new Listing(new Page<>(rows, page, size, total), totals);
    }

    public List<OutcomeCount> totals(LogFilter f) {
        return log.totals(f);
    }

    /** One interaction with its masked request and response; empty if there is none (or it was pruned). */
    public Optional<LogEntry> entry(long id) {
        return log.entry(id);
    }
}
