package dev.vpos.web.rest.batches;

import dev.vpos.batches.application.BatchRow;
import dev.vpos.web.export.XlsxSheetWriter;
import dev.vpos.web.export.XlsxSheetWriter.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * The credit-card batch list as an .xlsx workbook, streamed: the CSV's columns, money as numbers at the currency's
 * scale, the transaction time as a date-time cell in the business zone, the value date as a date cell.
 */
public final class BatchXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Data rows a sheet can hold below the header. */
    public static final long MAX_ROWS = XlsxSheetWriter.MAX_ROWS - 1L;

    private static final List<Column> COLUMNS = List.of(
            new Column("transaction_time", 20),
            new Column("company_id", 11),
            new Column("definition", 16),
            new Column("family", 12),
            new Column("customer_code", 14),
            new Column("customer_name", 28),
            new Column("document", 16),
            new Column("channel", 15),
            new Column("state", 19),
            new Column("kind", 8),
            new Column("status", 9),
            new Column("masked_pan", 19),
            new Column("brand", 11),
            new Column("installments", 12),
            new Column("amount", 14),
            new Column("currency", 9),
            new Column("commission", 12),
            new Column("net_amount", 14),
            new Column("value_date", 11),
            new Column("bank_order_id", 24),
            new Column("auth_code", 10),
            new Column("host_ref_num", 14),
            new Column("trans_id", 20),
            new Column("reconciliation", 14));

    private final XlsxSheetWriter sheet;
    private final ZoneId zone;

    /** Starts the workbook with its header row; times are shown in {@code zone}. */
    public BatchXlsx(OutputStream out, ZoneId zone) throws IOException {
        this.sheet = new XlsxSheetWriter(out, "Card batches", COLUMNS);
        this.zone = zone;
    }

    public void add(BatchRow r) throws IOException {
        sheet.row(
                r.transactionTime().atZoneSameInstant(zone).toLocalDateTime(),
                r.companyId(),
                r.definitionCode(),
                r.family(),
                r.customerCode(),
                r.customerName(),
                r.documentNo(),
                r.channel(),
                r.state(),
                r.kind(),
                r.status(),
                r.maskedPan(),
                r.cardBrand(),
                r.installments(),
                r.amount(),
                r.currency(),
                r.commission(),
                r.netAmount(),
                r.valueDate(),
                r.bankOrderId(),
                r.authCode(),
                r.hostRefNum(),
                r.transId(),
                r.reconciliationStatus());
    }

    /** Ends the workbook (the stream stays open). */
    public void finish() throws IOException {
        sheet.finish();
    }
}
