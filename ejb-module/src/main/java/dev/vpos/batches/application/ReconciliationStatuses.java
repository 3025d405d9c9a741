package dev.vpos.batches.application;

import dev.vpos.shared.infrastructure.persistence.PostgresCopy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The batches context's door for a reconciliation run's status changes: many records' {@code reconciliation_status}
 * set in the caller's transaction, on its JDBC connection (the run is plain JDBC, shared with the benchmark).
 *
 * <p>PostgreSQL: the (id, status) pairs are copied into a temporary table (COPY where the driver is visible, one
 * multi-row INSERT per thousand otherwise) and applied by one {@code UPDATE … FROM}: one statement and one plan for
 * the whole run instead of one per few thousand ids. H2 (embedded, no round trips): one update per record by primary
 * key. Either way the changed records' UTC days are marked dirty for the listing's totals by status (V75).
 */
public final class ReconciliationStatuses {

    static final java.util.Set<String> STATUSES = java.util.Set.of("OPEN", "MATCHED", "DIFFERENCE", "EXPLAINED");

    private ReconciliationStatuses() {}

    /** Sets each record's status; only records whose status differs are written. The number of records changed. */
    public static int apply(Connection c, Map<String, List<Long>> idsByStatus) throws SQLException {
        for (String status : idsByStatus.keySet()) {
            if (!STATUSES.contains(status)) {
                throw new IllegalArgumentException("no reconciliation status: " + status);
            }
        }
        if (idsByStatus.values().stream().allMatch(List::isEmpty)) {
            return 0;
        }
        return PostgresCopy.isPostgres(c) ? setBased(c, idsByStatus) : oneByOne(c, idsByStatus);
    }

    private static int setBased(Connection c, Map<String, List<Long>> idsByStatus) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table if not exists batch_status_change (id bigint not null,"
                    + " status varchar(12) not null) on commit drop");
            s.execute("truncate batch_status_change");
        }
        try (PostgresCopy.Stream copy =
                PostgresCopy.open(c, "copy batch_status_change (id, status) from stdin (format csv)")) {
            if (copy != null) {
                for (Map.Entry<String, List<Long>> e : idsByStatus.entrySet()) {
                    StringBuilder csv = new StringBuilder(e.getValue().size() * 20);
                    for (Long id : e.getValue()) {
                        csv.append(id).append(',').append(e.getKey()).append('\n');
                    }
                    PostgresCopy.write(copy, csv);
                }
                copy.end();
            } else {
                insertRows(c, idsByStatus);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("analyze batch_status_change");
            // the changed records' days are marked for the totals by status (V75) by the same statement
            try (java.sql.ResultSet r = s.executeQuery("with changed as (update card_batch b set reconciliation_status"
                    + " = t.status from batch_status_change t where b.id = t.id and b.reconciliation_status <> t.status"
                    + " returning b.transaction_time), marked as (insert into card_batch_day_dirty (batch_day)"
                    + " select distinct cast(transaction_time at time zone 'UTC' as date) from changed returning 1)"
                    + " select (select count(*) from changed), (select count(*) from marked)")) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void insertRows(Connection c, Map<String, List<Long>> idsByStatus) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("insert into batch_status_change (id, status) select unnest(?::bigint[]), ?")) {
            for (Map.Entry<String, List<Long>> e : idsByStatus.entrySet()) {
                insert.setArray(1, c.createArrayOf("BIGINT", e.getValue().toArray(new Long[0])));
                insert.setString(2, e.getKey());
                insert.executeUpdate();
            }
        }
    }

    private static int oneByOne(Connection c, Map<String, List<Long>> idsByStatus) throws SQLException {
        int n = 0;
        java.util.Set<java.time.LocalDate> days = new java.util.TreeSet<>();
        try (PreparedStatement update =
                        c.prepareStatement("update card_batch set reconciliation_status = ? where id = ?"
                                + " and reconciliation_status <> ?");
                PreparedStatement day = c.prepareStatement(
                        "select cast(transaction_time at time zone 'UTC' as date)" + " from card_batch where id = ?")) {
            for (Map.Entry<String, List<Long>> e : idsByStatus.entrySet()) {
                for (Long id : e.getValue()) {
                    update.setString(1, e.getKey());
                    update.setLong(2, id);
                    update.setString(3, e.getKey());
                    if (update.executeUpdate() > 0) {
                        n++;
                        day.setLong(1, id);
                        try (java.sql.ResultSet r = day.executeQuery()) {
                            if (r.next()) {
                                days.add(r.getObject(1, java.time.LocalDate.class));
                            }
                        }
                    }
                }
            }
        }
        // the changed records' days, once each, for the totals by status (V75)
        try (PreparedStatement mark = c.prepareStatement("insert into card_batch_day_dirty (batch_day) values (?)")) {
            for (java.time.LocalDate d : days) {
                mark.setObject(1, d);
                mark.addBatch();
            }
            mark.executeBatch();
        }
        return n;
    }
}
