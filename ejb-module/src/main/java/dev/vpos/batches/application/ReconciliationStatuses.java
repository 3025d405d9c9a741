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
 * the whole run instead of one per few thousand ids. H2 (embedded, no round trips): one update per record in a JDBC
 * batch, by primary key.
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
            return s.executeUpdate("update card_batch b set reconciliation_status = t.status from batch_status_change t"
                    + " where b.id = t.id and b.reconciliation_status <> t.status");
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
        try (PreparedStatement update = c.prepareStatement(
                "update card_batch set reconciliation_status = ? where id = ? and reconciliation_status <> ?")) {
            for (Map.Entry<String, List<Long>> e : idsByStatus.entrySet()) {
                int pending = 0;
                for (Long id : e.getValue()) {
                    update.setString(1, e.getKey());
                    update.setLong(2, id);
                    update.setString(3, e.getKey());
                    update.addBatch();
                    if (++pending % 1000 == 0) {
                        n += sum(update.executeBatch());
                    }
                }
                n += sum(update.executeBatch());
            }
        }
        return n;
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int k : counts) {
            n += Math.max(0, k);
        }
        return n;
    }
}
