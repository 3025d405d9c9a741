package dev.vpos.web.rest.batches;

import dev.vpos.batches.application.BatchRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch record as a CSV line (RFC 4180, comma, CRLF), amounts with a dot. Cells that a spreadsheet would run as
 * a formula (starting with = + - @) are prefixed with an apostrophe.
 */
public final class BatchCsv {

    public static final String HEADER =
            "transaction_time,company_id,definition,family,customer_code,customer_name,document,"
                    + "channel,state,kind,status,masked_pan,brand,installments,amount,currency,commission,net_amount,"
                    + "value_date,bank_order_id,auth_code,host_ref_num,trans_id,reconciliation\r\n";

    private BatchCsv() {}

    public static String line(BatchRow r) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(r.transactionTime()));
        cells.add(String.valueOf(r.companyId()));
        cells.add(r.definitionCode());
        cells.add(r.family());
        cells.add(r.customerCode());
        cells.add(r.customerName());
        cells.add(r.documentNo());
        cells.add(r.channel());
        cells.add(r.state());
        cells.add(r.kind());
        cells.add(r.status());
        cells.add(r.maskedPan());
        cells.add(r.cardBrand());
        cells.add(String.valueOf(r.installments()));
        cells.add(r.amount().toPlainString());
        cells.add(r.currency());
        cells.add(r.commission().toPlainString());
        cells.add(r.netAmount().toPlainString());
        cells.add(String.valueOf(r.valueDate()));
        cells.add(r.bankOrderId());
        cells.add(r.authCode());
        cells.add(r.hostRefNum());
        cells.add(r.transId());
        cells.add(r.reconciliationStatus());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i), i >= 14 && i <= 17));
        }
        return out.append("\r\n").toString();
    }

    private static String cell(String value, boolean numeric) {
        if (value == null) {
            return "";
        }
        String v = !numeric && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
