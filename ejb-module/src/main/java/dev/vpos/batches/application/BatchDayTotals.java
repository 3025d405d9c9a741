package dev.vpos.batches.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The listing's totals per UTC day (V65, {@code card_batch_day_total}; V74, {@code card_batch_day_state_total}, split
 * further by the collection's channel and state) and the days whose records changed since
 * ({@code card_batch_day_dirty}). Writers mark a day dirty in their own transaction ({@link #MARK}); the listing sums
 * dirty days and the partial days at a period's edges from card_batch itself ({@link BatchQuery#totals(BatchFilter,
 * java.time.ZoneId, List)}); {@link #compact} recomputes dirty days from card_batch and clears their marks.
 */
public final class BatchDayTotals {

    /** Marks one day dirty; parameter 1: the UTC day ({@link #day}). */
    public static final String MARK = "insert into card_batch_day_dirty (batch_day) values (?1)";

    /**
     * Marks one day and one customer account dirty, for a record added or removed (its amounts change the customer's
     * totals, V230); parameter 1: the UTC day, 2: the customer account.
     */
    public static final String MARK_WITH_CUSTOMER =
            "insert into card_batch_day_dirty (batch_day, customer_account_id) values (?1, ?2)";

    /** Marks the day of the record whose id is parameter 1 dirty. */
    public static final String MARK_RECORD = "insert into card_batch_day_dirty (batch_day)"
            + " select cast(transaction_time at time zone 'UTC' as date) from card_batch where id = ?1";

    static final String DIRTY_DAYS = "select distinct batch_day from card_batch_day_dirty";

    static final String DIRTY_CUSTOMERS =
            "select distinct customer_account_id from card_batch_day_dirty" + " where customer_account_id is not null";

    private BatchDayTotals() {}

    /** The UTC day a record of this time is totalled in. */
    public static LocalDate day(OffsetDateTime transactionTime) {
        return transactionTime.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** The instant a UTC day starts. */
    static OffsetDateTime start(LocalDate utcDay) {
        return utcDay.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The day-total tables and the columns each splits by besides company, definition and currency. */
    private static final Map<String, String> TABLES = Map.of(
            "card_batch_day_total", "",
            "card_batch_day_state_total", ", channel, collection_state",
            "card_batch_day_recon_total", ", reconciliation_status");

    /** One table's rows of one UTC day, summed again from card_batch. */
    private static void recompute(Connection c, String table, String split, LocalDate day) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where batch_day = ?");
                PreparedStatement insert = c.prepareStatement("insert into " + table + " (batch_day, company_id,"
                        + " definition_id, currency" + split + ", record_count, amount, commission, net_amount)"
                        + " select ?, company_id, definition_id, currency" + split + ", count(*), sum(amount),"
                        + " sum(commission), sum(net_amount) from card_batch"
                        + " where transaction_time >= ? and transaction_time < ?"
                        + " group by company_id, definition_id, currency" + split)) {
            delete.setObject(1, day);
            delete.executeUpdate();
            insert.setObject(1, day);
            insert.setObject(2, start(day));
            insert.setObject(3, start(day.plusDays(1)));
            insert.executeUpdate();
        }
    }

    /** One customer account's rows of {@code card_batch_customer_total} (V230), summed again from card_batch. */
    private static void recomputeCustomer(Connection c, long customer) throws SQLException {
        try (PreparedStatement delete =
                        c.prepareStatement("delete from card_batch_customer_total where customer_account_id = ?");
                PreparedStatement insert = c.prepareStatement("insert into card_batch_customer_total"
                        + " (customer_account_id, definition_id, company_id, currency, record_count, amount,"
                        + " commission, net_amount) select customer_account_id, definition_id, company_id, currency,"
                        + " count(*), sum(amount), sum(commission), sum(net_amount) from card_batch"
                        + " where customer_account_id = ? group by customer_account_id, definition_id, company_id,"
                        + " currency")) {
            delete.setLong(1, customer);
            delete.executeUpdate();
            insert.setLong(1, customer);
            insert.executeUpdate();
        }
    }

    /**
     * Recomputes every dirty day's totals (V65's; V74's by channel and state; V75's by reconciliation status) from
     * card_batch and clears the marks it saw, in one transaction that sees one snapshot (REPEATABLE READ): a record and its mark committed meanwhile are both unseen, so the mark stays and
     * its day is summed live until the next compaction. The connection's isolation and auto-commit are restored.
     * Marked customer accounts' totals (V230) are recomputed the same way. Returns the number of days recomputed.
     */
    public static int compact(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            List<Long> marks = new ArrayList<>();
            TreeSet<LocalDate> days = new TreeSet<>();
            TreeSet<Long> customers = new TreeSet<>();
            try (Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery("select id, batch_day, customer_account_id from card_batch_day_dirty")) {
                while (r.next()) {
                    marks.add(r.getLong(1));
                    days.add(r.getObject(2, LocalDate.class));
                    long customer = r.getLong(3);
                    if (!r.wasNull()) {
                        customers.add(customer);
                    }
                }
            }
            try (PreparedStatement clear = c.prepareStatement("delete from card_batch_day_dirty where id = ?")) {
                for (LocalDate day : days) {
                    for (Map.Entry<String, String> table : TABLES.entrySet()) {
                        recompute(c, table.getKey(), table.getValue(), day);
                    }
                }
                for (Long customer : customers) {
                    recomputeCustomer(c, customer);
                }
                int n = 0;
                for (Long id : marks) {
                    clear.setLong(1, id);
                    clear.addBatch();
                    if (++n % 1000 == 0) {
                        clear.executeBatch();
                    }
                }
                clear.executeBatch();
            }
            c.commit();
            return days.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }
}
