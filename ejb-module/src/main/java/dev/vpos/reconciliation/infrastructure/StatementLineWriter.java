package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.Amounts;
import dev.vpos.reconciliation.domain.LineMatch;
import dev.vpos.reconciliation.domain.ParsedLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.function.IntConsumer;

/** Inserts statement lines with their match in JDBC batches; reports how many are written after each batch. */
public final class StatementLineWriter implements AutoCloseable {

    static final String SQL = "insert into statement_line (import_id, day_id, line_no, transaction_date,"
            + " transaction_clock, merchant_id, order_id, auth_code, rrn, trans_id, batch_no, masked_pan, type_code,"
            + " kind, amount, currency, installments, commission, net_amount, match_status, matched_by, batch_id,"
            + " difference_kind, erp_amount, erp_commission)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PreparedStatement insert;
    private final long importId;
    private final long dayId;
    private final int batchSize;
    private final IntConsumer progress;
    private int pending;
    private int written;

    public StatementLineWriter(Connection c, long importId, long dayId, int batchSize, IntConsumer progress)
            throws SQLException {
        this.insert = c.prepareStatement(SQL);
        this.importId = importId;
        this.dayId = dayId;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    public void add(ParsedLine l, LineMatch m) throws SQLException {
        int i = 1;
        insert.setLong(i++, importId);
        insert.setLong(i++, dayId);
        insert.setInt(i++, l.line());
        insert.setObject(i++, l.date());
        text(i++, l.time() == null ? null : CLOCK.format(l.time()));
        text(i++, l.merchant());
        text(i++, l.orderId());
        text(i++, l.authCode());
        text(i++, l.rrn());
        text(i++, l.transId());
        text(i++, l.batchNo());
        text(i++, l.maskedPan());
        text(i++, l.typeCode());
        insert.setString(i++, l.kind().name());
        insert.setBigDecimal(i++, l.amount());
        insert.setString(i++, l.currency());
        insert.setInt(i++, l.installments());
        insert.setBigDecimal(i++, l.commission());
        insert.setBigDecimal(i++, l.net());
        insert.setString(i++, m.status().name());
        text(i++, m.matchedBy() == null ? null : m.matchedBy().name());
        if (m.batch() == null) {
            insert.setNull(i++, Types.BIGINT);
        } else {
            insert.setLong(i++, m.batch().id());
        }
        text(i++, m.difference() == null ? null : m.difference().name());
        insert.setBigDecimal(i++, m.batch() == null ? null : Amounts.ofUnits(m.batch().amount()));
        insert.setBigDecimal(i, m.batch() == null ? null : Amounts.ofUnits(m.batch().commission()));
        insert.addBatch();
        if (++pending == batchSize) {
            flush();
        }
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            written += pending;
            pending = 0;
            progress.accept(written);
        }
    }

    public int written() {
        return written + pending;
    }

    private void text(int i, String value) throws SQLException {
        if (value == null) {
            insert.setNull(i, Types.VARCHAR);
        } else {
            insert.setString(i, value);
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
