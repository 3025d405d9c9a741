package dev.vpos.batches.application;

import dev.vpos.shared.infrastructure.persistence.PostgresCopy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The batches context's door for a reconciliation run's status changes: many records' reconciliation status set in
 * the caller's transaction, on its JDBC connection (the run is plain JDBC, shared with the benchmark).
 *
 * <p>The status lives in {@code card_batch_reconciliation} (V74), a narrow table holding the records whose status is not
 * OPEN: OPEN deletes a record's row, another status inserts or changes it. {@code card_batch} itself is not written, so
 * a day's 100,000 changes no longer rewrite wide rows with an entry in each of its indexes.
 *
 * <p>PostgreSQL: the (id, status) pairs are copied into a temporary table (COPY where the driver is visible, one
 * multi-row INSERT per thousand otherwise) and applied by one {@code INSERT … ON CONFLICT} and one {@code DELETE …
 * USING}. H2 (embedded, no round trips): two statements per record in JDBC batches, by primary key.
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
            int n = s.executeUpdate("insert into card_batch_reconciliation (batch_id, status)"
                    + " select t.id, t.status from batch_status_change t where t.status <> 'OPEN'"
                    + " on conflict (batch_id) do update set status = excluded.status"
                    + " where card_batch_reconciliation.status <> excluded.status");
            if (idsByStatus.containsKey("OPEN") && !idsByStatus.get("OPEN").isEmpty()) {
                n += s.executeUpdate("delete from card_batch_reconciliation r using batch_status_change t"
                        + " where r.batch_id = t.id and t.status = 'OPEN'");
            }
            return n;
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
        try (PreparedStatement open = c.prepareStatement(OPEN);
                PreparedStatement drop = c.prepareStatement(DROP_OTHER);
                PreparedStatement insert = c.prepareStatement(INSERT_MISSING)) {
            for (Map.Entry<String, List<Long>> e : idsByStatus.entrySet()) {
                boolean isOpen = e.getKey().equals("OPEN");
                int pending = 0;
                for (Long id : e.getValue()) {
                    if (isOpen) {
                        open.setLong(1, id);
                        open.addBatch();
                    } else {
                        drop.setLong(1, id);
                        drop.setString(2, e.getKey());
                        drop.addBatch();
                        insert.setLong(1, id);
                        insert.setString(2, e.getKey());
                        insert.setLong(3, id);
                        insert.addBatch();
                    }
                    if (++pending % 1000 == 0) {
                        n += flush(open, drop, insert);
                    }
                }
                n += flush(open, drop, insert);
            }
        }
        return n;
    }

    /** A record back to OPEN: its row goes. */
    static final String OPEN = "delete from card_batch_reconciliation where batch_id = ?";

    /** Another status: a row with a different status goes, then the row is added unless it is already there. */
    static final String DROP_OTHER = "delete from card_batch_reconciliation where batch_id = ? and status <> ?";

    static final String INSERT_MISSING = "insert into card_batch_reconciliation (batch_id, status) select ?, ?"
            + " where not exists (select 1 from card_batch_reconciliation where batch_id = ?)";

    /** Runs the pending batches (deletes before inserts); the records changed = OPEN's deletes + the inserts. */
    private static int flush(PreparedStatement open, PreparedStatement drop, PreparedStatement insert)
            throws SQLException {
        int n = sum(open.executeBatch());
        drop.executeBatch();
        return n + sum(insert.executeBatch());
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int k : counts) {
            n += Math.max(0, k);
        }
        return n;
    }
}
