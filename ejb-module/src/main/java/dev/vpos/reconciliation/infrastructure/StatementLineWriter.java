package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.Amounts;
import dev.vpos.reconciliation.domain.LineMatch;
import dev.vpos.reconciliation.domain.ParsedLine;
import dev.vpos.shared.infrastructure.persistence.PostgresCopy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes statement lines with their match, {@value #BATCH} at a time, and reports how many are written after each
 * batch. On PostgreSQL (where the driver is visible) they go by one {@code COPY … FROM STDIN} stream; elsewhere (H2)
 * {@value #ROWS} rows per INSERT statement in JDBC batches. {@link #finish} before the connection runs anything else:
 * an open COPY holds it.
 */
public final class StatementLineWriter implements AutoCloseable {

    static final int ROWS = 50;
    static final int BATCH = 1000;
    private static final String COLUMN_LIST = "import_id, day_id, line_no, transaction_date,"
            + " transaction_clock, merchant_id, order_id, auth_code, rrn, trans_id, batch_no, masked_pan, type_code,"
            + " kind, amount, currency, installments, commission, net_amount, match_status, matched_by, batch_id,"
            + " difference_kind, erp_amount, erp_commission";
    private static final String COLUMNS = "insert into statement_line (" + COLUMN_LIST + ") values ";
    private static final String COPY = "copy statement_line (" + COLUMN_LIST + ") from stdin (format csv)";
    private static final String TUPLE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int WIDTH = 25;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Connection connection;
    private final boolean copyAvailable;
    private PostgresCopy.Stream copy;
    private PreparedStatement many;
    private PreparedStatement one;
    private final long importId;
    private final long dayId;
    private final IntConsumer progress;
    private final List<Object[]> pending = new ArrayList<>(BATCH);
    private int written;

    public StatementLineWriter(Connection c, long importId, long dayId, IntConsumer progress) throws SQLException {
        this.connection = c;
        this.copyAvailable = PostgresCopy.isPostgres(c);
        this.importId = importId;
        this.dayId = dayId;
        this.progress = progress;
    }

    public void add(ParsedLine l, LineMatch m) throws SQLException {
        pending.add(new Object[] {
            importId,
            dayId,
            l.line(),
            l.date(),
            l.time() == null ? null : CLOCK.format(l.time()),
            l.merchant(),
            l.orderId(),
            l.authCode(),
            l.rrn(),
            l.transId(),
            l.batchNo(),
            l.maskedPan(),
            l.typeCode(),
            l.kind().name(),
            l.amount(),
            l.currency(),
            l.installments(),
            l.commission(),
            l.net(),
            m.status().name(),
            m.matchedBy() == null ? null : m.matchedBy().name(),
            m.batch() == null ? null : m.batch().id(),
            m.difference() == null ? null : m.difference().name(),
            m.batch() == null ? null : Amounts.ofUnits(m.batch().amount()),
            m.batch() == null ? null : Amounts.ofUnits(m.batch().commission())
        });
        if (pending.size() == BATCH) {
            flush();
        }
    }

    /** Whether the lines went by COPY (known after the first batch). */
    public boolean copied() {
        return copy != null;
    }

    /** Writes what is pending and ends the COPY, if one is open: the connection is free again. */
    public void finish() throws SQLException {
        flush();
        if (copy != null) {
            copy.end();
        }
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        if (copy == null && copyAvailable && many == null) {
            copy = PostgresCopy.open(connection, COPY);
        }
        if (copy != null) {
            StringBuilder csv = new StringBuilder(pending.size() * 200);
            for (Object[] row : pending) {
                for (int i = 0; i < WIDTH; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    PostgresCopy.field(csv, row[i]);
                }
                csv.append('\n');
            }
            PostgresCopy.write(copy, csv);
        } else {
            insert();
        }
        written += pending.size();
        pending.clear();
        progress.accept(written);
    }

    private void insert() throws SQLException {
        if (many == null) {
            many = connection.prepareStatement(COLUMNS + String.join(", ", java.util.Collections.nCopies(ROWS, TUPLE)));
            one = connection.prepareStatement(COLUMNS + TUPLE);
        }
        int full = pending.size() / ROWS * ROWS;
        for (int start = 0; start < full; start += ROWS) {
            for (int r = 0; r < ROWS; r++) {
                bind(many, r * WIDTH, pending.get(start + r));
            }
            many.addBatch();
        }
        if (full > 0) {
            many.executeBatch();
        }
        for (int i = full; i < pending.size(); i++) {
            bind(one, 0, pending.get(i));
            one.addBatch();
        }
        if (full < pending.size()) {
            one.executeBatch();
        }
    }

    public int written() {
        return written + pending.size();
    }

    private static void bind(PreparedStatement s, int offset, Object[] row) throws SQLException {
        for (int i = 0; i < WIDTH; i++) {
            Object v = row[i];
            int p = offset + i + 1;
            if (v == null) {
                s.setNull(p, i == 21 ? Types.BIGINT : i == 17 || i == 18 || i >= 23 ? Types.NUMERIC : Types.VARCHAR);
            } else {
                s.setObject(p, v);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (PostgresCopy.Stream unfinished = copy;
                PreparedStatement m = many;
                PreparedStatement o = one) {
            // an unfinished COPY is cancelled, the statements closed
        }
    }
}
