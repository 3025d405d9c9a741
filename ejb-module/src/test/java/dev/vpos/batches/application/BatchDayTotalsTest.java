package dev.vpos.batches.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listing's totals from the day totals (V65, and V74's by channel and state) are those summed from card_batch, on
 * H2 with the real migrations: for periods whose edges cut UTC days, with days marked dirty and not yet recomputed,
 * after a collection's state changed, and after the compaction.
 */
class BatchDayTotalsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static int database;

    private Connection c;
    private long nextId = 1;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:daytotals" + (++database) + ";DB_CLOSE_DELAY=-1";
        // the records exist before V65, which fills the day totals from them
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target("61")
                .load()
                .migrate();
        c = DriverManager.getConnection(url, "sa", "");
        c.setAutoCommit(false);
        sql("insert into erp_company (id, code, name, created_at) values (1, 'A', 'A', CURRENT_TIMESTAMP)");
        sql("insert into erp_company (id, code, name, created_at) values (2, 'B', 'B', CURRENT_TIMESTAMP)");
        sql("insert into erp_customer_account (id, company_id, code, name, active) values (1, 1, 'C1', 'C', TRUE)");
        definition(1, 1, "GARANTI");
        definition(2, 1, "EST");
        definition(3, 2, "GARANTI");
        // 20 days, records every 5 hours (so at every hour of the day over the period, across both days' edges)
        for (int h = 0; h < 20 * 24; h += 5) {
            OffsetDateTime at =
                    FIRST.atStartOfDay(ZONE).toOffsetDateTime().plusHours(h).plusMinutes(h % 60);
            batch(at, 1 + h % 3, h % 7 == 0 ? "USD" : "TRY", new BigDecimal(100 + h).movePointLeft(1));
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
    void totalsFromTheDayTotalsAreTheTotalsOfTheRecords() throws SQLException {
        // V65 filled the day totals from the records already there; nothing is dirty
        assertEquals(List.of(), dirty());
        assertSame("after the migration");

        // new records (a dirty day each), not yet compacted: those days are summed from card_batch
        markAndInsert(FIRST.plusDays(3).atTime(23, 30).atZone(ZONE).toOffsetDateTime(), 2, "TRY", "7.25");
        markAndInsert(FIRST.plusDays(9).atTime(1, 15).atZone(ZONE).toOffsetDateTime(), 3, "EUR", "12.00");
        c.commit();
        assertEquals(2, dirty().size());
        assertSame("with dirty days");

        // a record removed (its day marked), then the compaction
        sql("delete from card_batch where id = 5");
        sql("insert into card_batch_day_dirty (batch_day) values (DATE '"
                + BatchDayTotals.day(FIRST.atStartOfDay(ZONE).toOffsetDateTime().plusHours(20)) + "')");
        c.commit();
        assertSame("with a removed record");
        assertEquals(3, BatchDayTotals.compact(c));
        assertEquals(List.of(), dirty());
        assertSame("after the compaction");
    }

    @Test
    void totalsByChannelAndStateFollowTheCollectionsStateChanges() throws SQLException {
        // records of collections (V74's columns), written after the migration with their days marked, then compacted
        for (int i = 0; i < 24; i++) {
            OffsetDateTime at = FIRST.plusDays(i % 6).atTime(i, 10).atZone(ZONE).toOffsetDateTime();
            String channel = i % 3 == 0 ? "API" : "MOTO";
            String state = i % 4 == 0 ? "VOIDED" : "APPROVED";
            markAndInsert(at, 1 + i % 3, i % 5 == 0 ? "USD" : "TRY", (10 + i) + ".50", channel, state);
        }
        c.commit();
        assertSame("collections' records, dirty");
        BatchDayTotals.compact(c);
        assertSame("collections' records, compacted");
        assertEquals(
                2L,
                totals(BatchQuery.totals(filter("VOIDED", "API"), ZONE, dirty())).stream()
                        .mapToLong(BatchTotals::count)
                        .sum(),
                "API and VOIDED: i = 0 and 12");

        // a collection refunded: its record's state changes and its day is marked, as BatchService does
        long refunded = nextId - 2;
        sql("update card_batch set collection_state = 'REFUNDED' where id = " + refunded);
        try (PreparedStatement p = c.prepareStatement(
                "insert into card_batch_day_dirty (batch_day) select cast(transaction_time at time zone 'UTC' as date)"
                        + " from card_batch where id = ?")) {
            p.setLong(1, refunded);
            p.executeUpdate();
        }
        c.commit();
        assertSame("a state changed, its day dirty");
        BatchDayTotals.compact(c);
        assertSame("a state changed, compacted");
        assertEquals(
                1L,
                totals(BatchQuery.totals(filter("REFUNDED", null), ZONE, dirty())).stream()
                        .mapToLong(BatchTotals::count)
                        .sum());
    }

    @Test
    void totalsByReconciliationStatusFollowARunsStatusChanges() throws SQLException {
        // a reconciliation run sets statuses (H2: one update per record); the changed records' days are marked
        int changed = ReconciliationStatuses.apply(
                c, java.util.Map.of("MATCHED", List.of(1L, 2L, 3L, 40L), "DIFFERENCE", List.of(41L)));
        c.commit();
        assertEquals(5, changed);
        long days;
        try (Statement st = c.createStatement();
                ResultSet r = st.executeQuery("select count(distinct cast(transaction_time at time zone 'UTC' as date))"
                        + " from card_batch where id in (1, 2, 3, 40, 41)")) {
            r.next();
            days = r.getLong(1);
        }
        assertEquals(days, dirty().size(), "one mark per changed record's day, each day once");
        assertSame("statuses changed, their days dirty");
        BatchDayTotals.compact(c);
        assertSame("statuses changed, compacted");
        assertEquals(
                4L,
                totals(BatchQuery.totals(reconciliation("MATCHED"), ZONE, dirty())).stream()
                        .mapToLong(BatchTotals::count)
                        .sum());
        // the same status again changes nothing and marks nothing
        assertEquals(0, ReconciliationStatuses.apply(c, java.util.Map.of("MATCHED", List.of(1L, 2L))));
        c.commit();
        assertEquals(List.of(), dirty());
    }

    @Test
    void aFilterTheDayTotalsDoNotKeepOrAShortPeriodIsSummedFromTheRecords() {
        BatchFilter text = new BatchFilter(null, null, null, null, null, null, null, null, "C1", null, false, null);
        assertEquals(
                BatchQuery.totals(text, ZONE).text(),
                BatchQuery.totals(text, ZONE, List.of()).text());
        BatchFilter stateAndStatus =
                new BatchFilter(null, null, null, null, null, "VOIDED", null, "OPEN", null, null, false, null);
        assertEquals(
                BatchQuery.totals(stateAndStatus, ZONE).text(),
                BatchQuery.totals(stateAndStatus, ZONE, List.of()).text(),
                "state and reconciliation status together: no day totals hold both");
        assertTrue(BatchQuery.totals(reconciliation("OPEN"), ZONE, List.of())
                .text()
                .contains("card_batch_day_recon_total"));
        BatchFilter oneDay = filter(FIRST.plusDays(2), FIRST.plusDays(2), null, null, null, null);
        assertEquals(
                BatchQuery.totals(oneDay, ZONE).text(),
                BatchQuery.totals(oneDay, ZONE, List.of()).text());
        BatchFilter twoDays = filter(FIRST.plusDays(2), FIRST.plusDays(3), null, null, null, null);
        assertTrue(BatchQuery.totals(twoDays, ZONE, List.of()).text().contains("card_batch_day_total"));
    }

    private static BatchFilter reconciliation(String status) {
        return new BatchFilter(null, null, null, null, null, null, null, status, null, null, false, null);
    }

    private void assertSame(String when) throws SQLException {
        List<LocalDate> dirty = dirty();
        List<BatchFilter> filters = new ArrayList<>();
        filters.add(filter(null, null, null, null, null, null));
        filters.add(filter(FIRST.plusDays(2), FIRST.plusDays(8), null, null, null, null));
        filters.add(filter(FIRST.plusDays(3), null, null, null, null, null));
        filters.add(filter(null, FIRST.plusDays(9), null, null, null, null));
        filters.add(filter(FIRST.plusDays(1), FIRST.plusDays(12), 1L, null, null, null));
        filters.add(filter(null, null, null, 2L, null, null));
        filters.add(filter(FIRST.plusDays(4), FIRST.plusDays(15), null, null, "GARANTI", null));
        filters.add(filter(null, null, null, null, null, List.of(2L)));
        filters.add(filter(null, null, null, null, null, List.of()));
        filters.add(filter(FIRST.minusDays(30), FIRST.minusDays(10), null, null, null, null));
        filters.add(filter("VOIDED", null));
        filters.add(filter("APPROVED", "MOTO"));
        filters.add(filter(null, "API"));
        filters.add(filter("REFUNDED", null));
        filters.add(reconciliation("OPEN"));
        filters.add(reconciliation("MATCHED"));
        filters.add(new BatchFilter(
                FIRST.plusDays(2),
                FIRST.plusDays(9),
                1L,
                null,
                null,
                null,
                null,
                "DIFFERENCE",
                null,
                null,
                false,
                null));
        filters.add(new BatchFilter(
                FIRST.plusDays(1),
                FIRST.plusDays(4),
                1L,
                null,
                "GARANTI",
                "APPROVED",
                "MOTO",
                null,
                null,
                null,
                false,
                null));
        for (BatchFilter f : filters) {
            List<BatchTotals> plain = totals(BatchQuery.totals(f, ZONE));
            List<BatchTotals> byDay = totals(BatchQuery.totals(f, ZONE, dirty));
            assertEquals(plain, byDay, when + ": " + f);
        }
        assertNotEquals(List.of(), totals(BatchQuery.totals(filters.get(0), ZONE, dirty)), "there is something to sum");
    }

    private static BatchFilter filter(String state, String channel) {
        return new BatchFilter(null, null, null, null, null, state, channel, null, null, null, false, null);
    }

    private static BatchFilter filter(
            LocalDate from, LocalDate to, Long company, Long definition, String family, List<Long> companies) {
        return new BatchFilter(from, to, company, definition, family, null, null, null, null, null, false, companies);
    }

    private List<LocalDate> dirty() throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        run(BatchQuery.dirtyDays(), r -> days.add(BatchQuery.localDate(r[0])));
        return days;
    }

    private List<BatchTotals> totals(BatchQuery.Sql sql) throws SQLException {
        List<BatchTotals> totals = new ArrayList<>();
        run(sql, r -> totals.add(BatchQuery.totalsRow(r)));
        return totals;
    }

    private void run(BatchQuery.Sql sql, java.util.function.Consumer<Object[]> sink) throws SQLException {
        BatchSqlRunner.run(c, sql, sink);
    }

    private void markAndInsert(OffsetDateTime at, long definition, String currency, String amount) throws SQLException {
        markAndInsert(at, definition, currency, amount, null, null);
    }

    private void markAndInsert(
            OffsetDateTime at, long definition, String currency, String amount, String channel, String state)
            throws SQLException {
        batch(at, definition, currency, new BigDecimal(amount));
        if (channel != null) {
            sql("update card_batch set channel = '" + channel + "', collection_state = '" + state + "' where id = "
                    + (nextId - 1));
        }
        try (PreparedStatement p = c.prepareStatement("insert into card_batch_day_dirty (batch_day) values (?)")) {
            p.setObject(1, BatchDayTotals.day(at));
            p.executeUpdate();
        }
    }

    private void definition(long id, long company, String family) throws SQLException {
        sql("insert into vpos_definition (id, company_id, code, display_name, bank_name, family, environment,"
                + " payment_model, connect_timeout_ms, read_timeout_ms, currencies, enabled, is_default, version,"
                + " created_at, updated_at) values (" + id + ", " + company + ", 'D" + id + "', 'D', 'B', '" + family
                + "', 'TEST', 'REGULAR', 1, 1, 'TRY', TRUE, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    private void batch(OffsetDateTime at, long definition, String currency, BigDecimal amount) throws SQLException {
        long company = definition == 3 ? 2 : 1;
        BigDecimal commission = amount.multiply(new BigDecimal("0.0175")).setScale(2, java.math.RoundingMode.HALF_UP);
        try (PreparedStatement p = c.prepareStatement("insert into card_batch (id, company_id, definition_id,"
                + " customer_account_id, transaction_time, amount, currency, commission, net_amount, value_date,"
                + " installments, masked_pan, card_brand, bank_order_id, source, created_at) values (?, ?, ?, 1, ?, ?,"
                + " ?, ?, ?, ?, 1, '435508******4358', 'VISA', ?, 'ONLINE', CURRENT_TIMESTAMP)")) {
            long id = nextId++;
            p.setLong(1, id);
            p.setLong(2, company);
            p.setLong(3, definition);
            p.setObject(4, at);
            p.setBigDecimal(5, amount);
            p.setString(6, currency);
            p.setBigDecimal(7, commission);
            p.setBigDecimal(8, amount.subtract(commission));
            p.setObject(9, at.toLocalDate().plusDays(1));
            p.setString(10, "O" + id);
            p.executeUpdate();
        }
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
