package dev.vpos.batches.application;

import dev.vpos.batches.infrastructure.BatchListingQueries;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The credit-card batch listing on the database: filtered, sorted and paged server-side, with totals per currency
 * for the whole filter, and a keyset-paged walk for exports (constant memory whatever the size of the list).
 * The SQL is {@link BatchQuery}'s; {@link BatchListingQueries} runs it.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class BatchListing {

    static final int EXPORT_CHUNK = 1000;

    @Inject
    BatchListingQueries queries;

    @Inject
    Clock clock;

    /** One page of the filter and the filter's totals per currency (whose counts add up to the page's total). */
    public record Listing(Page<BatchRow> page, List<BatchTotals> totals) {}

    public Listing page(BatchFilter f, int page, int size) {
        List<BatchTotals> totals = totals(f);
        long total = totals.stream().mapToLong(BatchTotals::count).sum();
        List<BatchRow> rows = List.of();
        long offset = (long) page * size;
        if (offset < total && BatchQuery.walks(f, total, offset, size) && offset + size <= total) {
            rows = queries.rows(BatchQuery.walk(f, clock.getZone(), offset, size, null));
            if (rows.size() == size) {
                return new Listing(new Page<>(rows, page, size, total), totals);
            }
        }
        if (offset < total) {
            BatchQuery.Sql sql = BatchQuery.page(f, clock.getZone(), page, size, total);
            rows = queries.rows(sql);
            if (sql.reversed()) {
                Collections.reverse(rows);
            }
        }
        return new Listing(new Page<>(rows, page, size, total), totals);
    }

    /**
     * The page that follows {@code after} (keyset: as fast at the millionth row as at the first) and the filter's
     * totals; {@code next} is the cursor after its last row, null when no row follows.
     */
    public Keyset after(BatchFilter f, BatchCursor after, int size) {
        List<BatchTotals> totals = totals(f);
        long total = totals.stream().mapToLong(BatchTotals::count).sum();
        if (BatchQuery.walks(f, total, 0, size + 1)) {
            List<BatchRow> walked = queries.rows(BatchQuery.walk(f, clock.getZone(), 0, size + 1, after));
            if (walked.size() == size + 1) {
                return keyset(f, walked, size, total, totals);
            }
        }
        List<BatchRow> rows = queries.rows(BatchQuery.after(f, clock.getZone(), after, size + 1));
        return keyset(f, rows, size, total, totals);
    }

    /** A keyset page: its rows, the filter's total and totals, and the next page's cursor (null: none). */
    public record Keyset(List<BatchRow> rows, long total, List<BatchTotals> totals, BatchCursor next) {}

    private static Keyset keyset(BatchFilter f, List<BatchRow> rows, int size, long total, List<BatchTotals> totals) {
        boolean more = rows.size() > size;
        List<BatchRow> page = more ? rows.subList(0, size) : rows;
        BatchCursor next = more && BatchCursor.supports(f) ? BatchCursor.after(page.get(page.size() - 1), f) : null;
        return new Keyset(List.copyOf(page), total, totals, next);
    }

    /**
     * From the customer totals for free text (V230, {@link BatchQuery#byCustomer}), from the day totals where the
     * filter allows (V65, {@link BatchQuery#byDay}), else summed from card_batch.
     */
    public List<BatchTotals> totals(BatchFilter f) {
        if (BatchQuery.byCustomer(f)) {
            return queries.totals(BatchQuery.totalsByCustomer(f, clock.getZone()));
        }
        BatchQuery.Sql sql = BatchQuery.byDay(f)
                ? BatchQuery.totals(f, clock.getZone(), dirtyDays())
                : BatchQuery.totals(f, clock.getZone());
        return queries.totals(sql);
    }

    private List<java.time.LocalDate> dirtyDays() {
        return queries.days(BatchQuery.dirtyDays());
    }

    /** One record as a line of the listing. */
    public Optional<BatchRow> row(long id) {
        return queries.rows(BatchQuery.one(id)).stream().findFirst();
    }

    /** Every row of the filter, newest first, in chunks of {@value #EXPORT_CHUNK} read by keyset. */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public void each(BatchFilter f, Consumer<BatchRow> sink) {
        OffsetDateTime lastTime = null;
        long lastId = 0;
        while (true) {
            List<BatchRow> rows = queries.rows(BatchQuery.chunk(f, clock.getZone(), lastTime, lastId, EXPORT_CHUNK));
            rows.forEach(sink);
            if (rows.size() < EXPORT_CHUNK) {
                return;
            }
            BatchRow last = rows.get(rows.size() - 1);
            lastTime = last.transactionTime();
            lastId = last.id();
            queries.clear();
        }
    }
}
