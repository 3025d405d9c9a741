package dev.vpos.batches.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchQueryTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

    private static BatchFilter filter(String text, String sort, boolean ascending) {
        return new BatchFilter(null, null, null, null, null, null, null, null, text, sort, ascending, null);
    }

    /** The ids statement of a page: "limit L offset O" and its order. */
    private static String ids(BatchQuery.Sql sql) {
        String text = sql.text();
        return text.substring(text.indexOf("(select b.id"), text.indexOf(") p join"));
    }

    @Test
    void aPageBeforeTheMiddleIsReadFromTheStart() {
        BatchQuery.Sql sql = BatchQuery.page(filter(null, null, false), ZONE, 2, 50, 1_000);
        assertFalse(sql.reversed());
        assertTrue(ids(sql).endsWith("order by b.transaction_time desc, b.id desc limit 50 offset 100"), ids(sql));
    }

    @Test
    void aPagePastTheMiddleIsReadFromTheEndAndTurnedRound() {
        // 1,000 rows, pages of 50: page 19 holds rows 950..999, the first 50 of the other order
        BatchQuery.Sql last = BatchQuery.page(filter(null, "amount", true), ZONE, 19, 50, 1_000);
        assertTrue(last.reversed());
        assertTrue(ids(last).endsWith("order by b.amount desc, b.id desc limit 50 offset 0"), ids(last));
        // 1,010 rows: the last page holds 10 rows (1000..1009), the first 10 of the other order
        BatchQuery.Sql partial = BatchQuery.page(filter(null, null, false), ZONE, 20, 50, 1_010);
        assertTrue(ids(partial).endsWith("order by b.transaction_time asc, b.id asc limit 10 offset 0"), ids(partial));
        // page 12 of 1,000: rows 600..649 are rows 350..399 of the other order
        BatchQuery.Sql late = BatchQuery.page(filter(null, null, false), ZONE, 12, 50, 1_000);
        assertTrue(ids(late).endsWith("limit 50 offset 350"), ids(late));
    }

    @Test
    void onlyTheTablesTheFilterAndSortNeedAreJoinedToFindThePage() {
        assertFalse(
                ids(BatchQuery.page(filter(null, null, false), ZONE, 0, 50, 10)).contains("join"));
        assertTrue(ids(BatchQuery.page(filter(null, "customer", false), ZONE, 0, 50, 10))
                .contains("join erp_customer_account a"));
        // the collection's state and channel are on the records (V74): neither the sort nor the filter joins it
        assertFalse(ids(BatchQuery.page(filter(null, "state", false), ZONE, 0, 50, 10))
                .contains("join"));
        BatchFilter voidedByApi =
                new BatchFilter(null, null, null, null, null, "VOIDED", "API", null, null, null, false, null);
        String page = ids(BatchQuery.page(voidedByApi, ZONE, 0, 50, 10));
        assertFalse(page.contains("join"), page);
        assertTrue(page.contains("b.collection_state = ?1 and b.channel = ?2"), page);
        assertTrue(BatchQuery.byDay(voidedByApi));
        assertTrue(BatchQuery.totals(voidedByApi, ZONE, java.util.List.of())
                .text()
                .contains("card_batch_day_state_total"));
        String totals = BatchQuery.totals(filter("C001", null, false), ZONE).text();
        assertFalse(totals.contains("join"), "free text looks customers up in its own subquery: " + totals);
    }

    @Test
    void freeTextIsOneParameterForTheCodesAndOneForTheCustomers() {
        BatchQuery.Sql sql = BatchQuery.totals(
                new BatchFilter(
                        LocalDate.of(2026, 3, 1), null, null, null, null, null, null, null, "ab_c%", null, false, null),
                ZONE);
        assertEquals(
                List.of(LocalDate.of(2026, 3, 1).atStartOfDay(ZONE).toOffsetDateTime(), "ab_c%", "%AB!_C!%%"),
                sql.params());
        assertEquals(4, sql.text().split("= \\?2", -1).length - 1, "order id, auth code, RRN, transaction id");
        assertEquals(2, sql.text().split("like \\?3", -1).length - 1, "customer code and name");
    }

    @Test
    void theCallersCompaniesAreAnInListAndNoCompanyMatchesNothing() {
        BatchQuery.Sql scoped = BatchQuery.totals(
                new BatchFilter(null, null, null, null, null, null, null, null, null, null, false, List.of(1L, 3L)),
                ZONE);
        assertTrue(scoped.text().contains("where b.company_id in (?1, ?2)"), scoped.text());
        assertEquals(List.of(1L, 3L), scoped.params());
        BatchQuery.Sql none = BatchQuery.totals(
                new BatchFilter(null, null, 2L, null, null, null, null, null, null, null, false, List.of()), ZONE);
        assertTrue(none.text().contains("where b.company_id = ?1 and 1 = 0"), none.text());
    }

    @Test
    void anExportChunkStartsItsIndexWalkAtTheLastRow() {
        OffsetDateTime last = OffsetDateTime.parse("2026-03-01T10:00:00+03:00");
        BatchQuery.Sql sql = BatchQuery.chunk(filter(null, null, false), ZONE, last, 42, 1000);
        assertTrue(
                sql.text().contains("where b.transaction_time <= ?1 and (b.transaction_time < ?1 or b.id < ?2)"),
                sql.text());
        assertEquals(List.of(last, 42L), sql.params());
        assertTrue(sql.text().endsWith("order by b.transaction_time desc, b.id desc limit 1000"));
    }
}
