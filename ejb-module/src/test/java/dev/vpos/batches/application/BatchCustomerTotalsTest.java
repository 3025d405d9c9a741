package dev.vpos.batches.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A free-text search's totals from the customer totals (V230) are those summed from card_batch, and its page found by
 * walking the sort's index is the page the plain statement gives — on H2 with the real migrations: right after the
 * migration filled the table, with customers marked dirty by new and removed records, and after the compaction.
 */
class BatchCustomerTotalsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-11-01T08:00:00+03:00");
    private static int database;

    private Connection c;
    private long nextId = 1;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:customertotals" + (++database) + ";DB_CLOSE_DELAY=-1";
        // the records exist before V230 (the last landed version before it: 170), which fills the customer totals from
        // them
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target("170")
                .load()
                .migrate();
        c = DriverManager.getConnection(url, "sa", "");
        c.setAutoCommit(false);
        sql("insert into erp_company (id, code, name, created_at) values (1, 'A', 'A', CURRENT_TIMESTAMP)");
        sql("insert into erp_company (id, code, name, created_at) values (2, 'B', 'B', CURRENT_TIMESTAMP)");
        customer(1, 1, "C-001", "Ayşe Kaya");
        customer(2, 1, "C-002", "Mehmet Demir");
        customer(3, 2, "KAYA-3", "Kayalar Ltd");
        customer(4, 2, "C-004", "Elif Yıldız");
        definition(1, 1, "GARANTI");
        definition(2, 1, "EST");
        definition(3, 2, "GARANTI");
        // 240 records over 20 days, every customer, both companies' definitions, three currencies
        for (int i = 0; i < 240; i++) {
            long customer = 1 + i % 4;
            long definition = customer <= 2 ? 1 + i % 2 : 3;
            batch(
                    FIRST.plusHours(2L * i),
                    customer,
                    definition,
                    i % 7 == 0 ? "USD" : i % 11 == 0 ? "EUR" : "TRY",
                    new BigDecimal(100 + i).movePointLeft(1),
                    "O" + (1000 + i));
        }
        c.commit();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void totalsFromTheCustomerTotalsAreTheTotalsOfTheRecords() throws SQLException {
        assertEquals(0, count("select count(*) from card_batch_day_dirty"), "nothing dirty after the migration");
        assertTrue(count("select count(*) from card_batch_customer_total") > 0, "V230 filled the customer totals");
        assertSame("after the migration");

        // a record added and marked (its customer with it), as BatchService does: summed from card_batch until
        // compacted
        markAndInsert(FIRST.plusDays(25), 1, 2, "TRY", "77.77", "NEW-1");
        markAndInsert(FIRST.plusDays(26), 3, 3, "EUR", "12.00", "NEW-2");
        c.commit();
        assertSame("with dirty customers");

        // a record removed, its customer marked
        sql("insert into card_batch_day_dirty (batch_day, customer_account_id) values (DATE '2026-11-02', 2)");
        sql("delete from card_batch where id = 6");
        c.commit();
        assertSame("with a removed record");

        BatchDayTotals.compact(c);
        assertEquals(0, count("select count(*) from card_batch_day_dirty"));
        assertSame("after the compaction");
        assertEquals(
                count("select count(*) from card_batch where customer_account_id = 1"),
                count("select sum(record_count) from card_batch_customer_total where customer_account_id = 1"),
                "the compaction recomputed the marked customer");
    }

    @Test
    void aRecordWithoutItsCustomerMarkWouldBeMissedSoTheMarkIsWhatKeepsTheTotalsRight() throws SQLException {
        BatchFilter kaya = text("kaya", null, null, null, null);
        List<BatchTotals> before = BatchSqlRunner.totals(c, BatchQuery.totalsByCustomer(kaya, ZONE));
        // a record written behind BatchService's back (no mark): the customer totals do not see it
        batch(FIRST.plusDays(30), 1, 1, "TRY", new BigDecimal("5.00"), "SNEAKY");
        c.commit();
        assertEquals(before, BatchSqlRunner.totals(c, BatchQuery.totalsByCustomer(kaya, ZONE)));
        // marked, it is counted
        sql("insert into card_batch_day_dirty (batch_day, customer_account_id) values (DATE '2026-12-01', 1)");
        c.commit();
        assertEquals(
                BatchSqlRunner.totals(c, BatchQuery.totals(kaya, ZONE)),
                BatchSqlRunner.totals(c, BatchQuery.totalsByCustomer(kaya, ZONE)));
    }

    @Test
    void aFreeTextPageByTheWalkIsThePlainPage() throws SQLException {
        for (BatchFilter f : filters()) {
            List<BatchTotals> totals = BatchSqlRunner.totals(c, BatchQuery.totals(f, ZONE));
            long total = totals.stream().mapToLong(BatchTotals::count).sum();
            for (int page = 0; page < 3; page++) {
                int size = 10;
                long offset = (long) page * size;
                if (offset >= total || !BatchQuery.walks(f, BatchQuery.WALK_MATCHES, offset, size)) {
                    continue;
                }
                List<Long> walked = BatchSqlRunner.ids(c, BatchQuery.walk(f, ZONE, offset, size, null));
                List<Long> plain = BatchSqlRunner.ids(c, BatchQuery.page(f, ZONE, page, size, total));
                if (walked.size() == size) {
                    assertEquals(plain, walked, f + " page " + page);
                } else {
                    assertTrue(walked.size() < size, "a short walk is never taken for the page");
                }
            }
        }
        // a text the walk cannot find enough of in its window (one order id): it falls short, the caller reads the page
        BatchFilter order = text("O1100", null, null, null, null);
        assertTrue(BatchQuery.walks(order, BatchQuery.WALK_MATCHES, 0, 10));
        assertFalse(BatchQuery.walks(order, 1, 0, 10), "one match: never walked in the listing");
        assertEquals(List.of(101L), BatchSqlRunner.ids(c, BatchQuery.walk(order, ZONE, 0, 10, null)));
        // the customer sort joins another table: no walk
        assertFalse(BatchQuery.walks(
                new BatchFilter(null, null, null, null, null, null, null, null, "kaya", "customer", false, null),
                BatchQuery.WALK_MATCHES,
                0,
                10));
        // the walk after a cursor is the keyset page
        BatchFilter kaya = text("kaya", null, null, null, null);
        List<Long> first = BatchSqlRunner.ids(c, BatchQuery.walk(kaya, ZONE, 0, 10, null));
        List<BatchRow> rows = new ArrayList<>();
        BatchSqlRunner.run(c, BatchQuery.walk(kaya, ZONE, 0, 10, null), r -> rows.add(BatchQuery.row(r)));
        BatchCursor cursor = BatchCursor.after(rows.get(9), kaya);
        assertEquals(
                BatchSqlRunner.ids(c, BatchQuery.after(kaya, ZONE, cursor, 10)),
                BatchSqlRunner.ids(c, BatchQuery.walk(kaya, ZONE, 0, 10, cursor)));
        assertEquals(10, first.size());
    }

    private List<BatchFilter> filters() {
        List<BatchFilter> filters = new ArrayList<>();
        filters.add(text("kaya", null, null, null, null)); // a name in one company, a code and name in the other
        filters.add(text("KAYA", 1L, null, null, null));
        filters.add(text("Kaya", null, null, null, List.of(2L)));
        filters.add(text("kaya", null, null, null, List.of()));
        filters.add(text("kaya", null, 1L, null, null));
        filters.add(text("kaya", null, null, "GARANTI", null));
        filters.add(text("C-00", null, null, null, null)); // part of three customers' codes
        filters.add(text("O1005", null, null, null, null)); // an order id of customer 2, who matches nothing else
        filters.add(text("nobody", null, null, null, null));
        filters.add(text("100%", null, null, null, null)); // LIKE's wildcard is a literal character
        filters.add(new BatchFilter(null, null, null, null, null, null, null, null, "kaya", "amount", true, null));
        filters.add(
                new BatchFilter(null, null, null, null, null, null, null, null, "kaya", "bankOrderId", false, null));
        return filters;
    }

    private void assertSame(String when) throws SQLException {
        for (BatchFilter f : filters()) {
            assertTrue(BatchQuery.byCustomer(f), f.toString());
            assertEquals(
                    BatchSqlRunner.totals(c, BatchQuery.totals(f, ZONE)),
                    BatchSqlRunner.totals(c, BatchQuery.totalsByCustomer(f, ZONE)),
                    when + ": " + f);
        }
        assertFalse(
                BatchSqlRunner.totals(c, BatchQuery.totalsByCustomer(filters().get(0), ZONE))
                        .isEmpty(),
                "there is something to sum");
        // a period is not kept per customer: the plain statement
        BatchFilter period = new BatchFilter(
                FIRST.toLocalDate(),
                FIRST.toLocalDate().plusDays(3),
                null,
                null,
                null,
                null,
                null,
                null,
                "kaya",
                null,
                false,
                null);
        assertFalse(BatchQuery.byCustomer(period));
        assertEquals(
                BatchQuery.totals(period, ZONE).text(),
                BatchQuery.totalsByCustomer(period, ZONE).text());
    }

    private static BatchFilter text(String q, Long company, Long definition, String family, List<Long> companies) {
        return new BatchFilter(null, null, company, definition, family, null, null, null, q, null, false, companies);
    }

    private void markAndInsert(
            OffsetDateTime at, long customer, long definition, String currency, String amount, String orderId)
            throws SQLException {
        batch(at, customer, definition, currency, new BigDecimal(amount), orderId);
        try (PreparedStatement p =
                c.prepareStatement("insert into card_batch_day_dirty (batch_day, customer_account_id) values (?, ?)")) {
            p.setObject(1, BatchDayTotals.day(at));
            p.setLong(2, customer);
            p.executeUpdate();
        }
    }

    private void customer(long id, long company, String code, String name) throws SQLException {
        sql("insert into erp_customer_account (id, company_id, code, name, active) values (" + id + ", " + company
                + ", '" + code + "', '" + name + "', TRUE)");
    }

    private void definition(long id, long company, String family) throws SQLException {
        sql("insert into vpos_definition (id, company_id, code, display_name, bank_name, family, environment,"
                + " payment_model, connect_timeout_ms, read_timeout_ms, currencies, enabled, is_default, version,"
                + " created_at, updated_at) values (" + id + ", " + company + ", 'D" + id + "', 'D', 'B', '" + family
                + "', 'TEST', 'REGULAR', 1, 1, 'TRY', TRUE, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    private void batch(
            OffsetDateTime at, long customer, long definition, String currency, BigDecimal amount, String orderId)
            throws SQLException {
        long company = definition == 3 ? 2 : 1;
        BigDecimal commission = amount.multiply(new BigDecimal("0.0175")).setScale(2, java.math.RoundingMode.HALF_UP);
        try (PreparedStatement p = c.prepareStatement("insert into card_batch (id, company_id, definition_id,"
                + " customer_account_id, transaction_time, amount, currency, commission, net_amount, value_date,"
                + " installments, masked_pan, card_brand, bank_order_id, source, created_at) values (?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, 1, '435508******4358', 'VISA', ?, 'ONLINE', CURRENT_TIMESTAMP)")) {
            long id = nextId++;
            p.setLong(1, id);
            p.setLong(2, company);
            p.setLong(3, definition);
            p.setLong(4, customer);
            p.setObject(5, at);
            p.setBigDecimal(6, amount);
            p.setString(7, currency);
            p.setBigDecimal(8, commission);
            p.setBigDecimal(9, amount.subtract(commission));
            p.setObject(10, at.toLocalDate().plusDays(1));
            p.setString(11, orderId);
            p.executeUpdate();
        }
    }

    private long count(String query) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
