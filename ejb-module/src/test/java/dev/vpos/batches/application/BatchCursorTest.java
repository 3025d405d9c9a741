package dev.vpos.batches.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.InvalidInputException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BatchCursorTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

    private static BatchFilter sorted(String sort, boolean ascending) {
        return new BatchFilter(null, null, null, 7L, null, null, null, null, null, sort, ascending, null);
    }

    @Test
    void aCursorReadsBackOnlyForItsSortAndDirection() {
        BatchCursor c = new BatchCursor("amount", true, 42, "10.50");
        assertEquals(c, BatchCursor.decode(c.encode(), sorted("amount", true)));
        assertThrows(InvalidInputException.class, () -> BatchCursor.decode(c.encode(), sorted("amount", false)));
        assertThrows(InvalidInputException.class, () -> BatchCursor.decode(c.encode(), sorted(null, true)));
        assertThrows(InvalidInputException.class, () -> BatchCursor.decode("nonsense", sorted("amount", true)));
        BatchCursor notANumber = new BatchCursor("amount", true, 42, "ten");
        assertThrows(
                InvalidInputException.class, () -> BatchCursor.decode(notANumber.encode(), sorted("amount", true)));
        // the state is on the records themselves (V74; '' for records entered by hand): a cursor like any other
        assertTrue(BatchCursor.supports(sorted("state", true)));
        BatchCursor byState = new BatchCursor("state", false, 7, "");
        assertEquals(byState, BatchCursor.decode(byState.encode(), sorted("state", false)));
        assertTrue(BatchQuery.after(sorted("state", false), ZONE, byState, 50)
                .text()
                .contains("b.collection_state <= ?2 and (b.collection_state < ?2 or b.id < ?3)"));
        assertTrue(BatchCursor.supports(sorted("customer", true)));
    }

    @Test
    void theWalkStartsAtTheCursorInTheSortsIndex() {
        BatchCursor c = new BatchCursor("transactionTime", false, 99, "2026-11-23T09:00:00Z");
        BatchQuery.Sql sql = BatchQuery.after(sorted(null, false), ZONE, c, 50);
        assertTrue(
                sql.text().contains("b.transaction_time <= ?2 and (b.transaction_time < ?2 or b.id < ?3)"), sql.text());
        assertTrue(sql.text().contains("order by b.transaction_time desc, b.id desc limit 50"), sql.text());
        assertEquals(99L, sql.params().get(2));
        BatchQuery.Sql up =
                BatchQuery.after(sorted("customer", true), ZONE, new BatchCursor("customer", true, 5, "C00010"), 20);
        assertTrue(up.text().contains("a.code >= ?2 and (a.code > ?2 or b.id > ?3)"), up.text());
        assertTrue(up.text().contains("join erp_customer_account a"), up.text());
    }
}
