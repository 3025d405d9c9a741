package dev.vpos.simulator.settlement;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a family's day-end settlement file from the ledger: every approved sale, capture and refund of the day, in
 * the family's layout, with the bank's transaction codes exactly as the bank answered them. A voided transaction is
 * not settled and is left out, as are pre-authorisations (only their captures settle).
 */
public final class SettlementFile {

    private final Ledger ledger;
    private final SettlementFees fees;
    private final ZoneId bankZone;

    public SettlementFile(Ledger ledger, SettlementFees fees, ZoneId bankZone) {
        this.ledger = ledger;
        this.fees = fees;
        this.bankZone = bankZone;
    }

    public String write(SettlementLayout layout, Optional<String> merchant, LocalDate day) {
        List<LedgerEntry> approved = ledger.approvedOn(layout.family(), merchant, day, bankZone);
        Set<String> voided = voidedOrders(layout.family());
        StringBuilder out = new StringBuilder();
        out.append(String.join(
                        String.valueOf(layout.separator()), layout.columns().values()))
                .append("\r\n");
        DateTimeFormatter date = DateTimeFormatter.ofPattern(layout.datePattern());
        DateTimeFormatter time = DateTimeFormatter.ofPattern(layout.timePattern());
        for (LedgerEntry e : approved) {
            if (!layout.typeCodes().containsKey(e.type().name())
                    || (e.type() != LedgerType.REFUND && voided.contains(key(e)))) {
                continue;
            }
            out.append(line(layout, e, date, time)).append("\r\n");
        }
        return out.toString();
    }

    private Set<String> voidedOrders(String family) {
        return ledger.newestFirst(Optional.empty()).stream()
                .filter(e -> e.family().equals(family) && e.isApproved() && e.type() == LedgerType.VOID)
                .map(SettlementFile::key)
                .collect(Collectors.toSet());
    }

    private static String key(LedgerEntry e) {
        return e.clientId() + "|" + e.orderId();
    }

    private String line(SettlementLayout layout, LedgerEntry e, DateTimeFormatter date, DateTimeFormatter time) {
        ZonedDateTime at = e.timestamp().atZoneSameInstant(bankZone);
        boolean negative = e.type() == LedgerType.REFUND && layout.refundsNegative();
        BigDecimal commission = e.type() == LedgerType.REFUND
                ? BigDecimal.ZERO.setScale(2)
                : fees.commission(e.amount(), e.installments());
        BigDecimal net = e.type() == LedgerType.REFUND ? e.amount() : e.amount().subtract(commission);
        List<String> cells = new ArrayList<>();
        for (SettlementColumn c : layout.columns().keySet()) {
            cells.add(
                    switch (c) {
                        case DATE -> date.format(at);
                        case TIME -> time.format(at);
                        case MERCHANT -> e.clientId();
                        case ORDER_ID -> e.orderId();
                        case TYPE -> layout.typeCodes().get(e.type().name());
                        case AMOUNT -> amount(e.amount(), negative, layout);
                        case CURRENCY -> e.currency();
                        case INSTALLMENTS -> Integer.toString(Math.max(1, e.installments()));
                        case CARD -> e.maskedPan();
                        case AUTH_CODE -> nullToEmpty(e.authCode());
                        case RRN -> nullToEmpty(e.hostRefNum());
                        case TRANS_ID -> nullToEmpty(e.transId());
                        case BATCH -> Integer.toString(ledger.batchOf(e));
                        case COMMISSION -> amount(commission, false, layout);
                        case NET -> amount(net, negative, layout);
                    });
        }
        return cells.stream()
                .map(v -> quote(v, layout.separator()))
                .collect(Collectors.joining(String.valueOf(layout.separator())));
    }

    private static String amount(BigDecimal value, boolean negative, SettlementLayout layout) {
        String plain = (negative ? value.negate() : value)
                .setScale(Math.max(2, value.scale()))
                .toPlainString();
        return layout.decimalSeparator() == '.' ? plain : plain.replace('.', layout.decimalSeparator());
    }

    private static String quote(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
