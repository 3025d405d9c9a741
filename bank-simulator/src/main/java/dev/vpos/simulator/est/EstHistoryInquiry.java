package dev.vpos.simulator.est;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Answers an order-history query ({@code Extra/ORDERHISTORY=QUERY}) from the {@link Ledger}, in the shape of the EST
 * gateway's answers (mewebstudio/pos {@code EstPosResponseDataMapperTest::orderHistoryTestDataProvider}): found is
 * {@code Approved 00} with {@code Extra/TRXCOUNT} and one tab-separated row {@code Extra/TRX1..n} per transaction,
 * newest first:
 * <pre>charge type (S sale/pre-auth, C credit) · TRANS_STAT · original amount · captured amount (minor units) ·
 * auth time · capture time · void time · HostRefNum · AuthCode · ProcReturnCode · TransId</pre>
 * A capture and a void are not rows of their own: they change their authorisation's row (captured amount and
 * {@code C}/{@code S}; {@code V} and the void time), as in the fixtures. Not found is {@code Declined 05}
 * "No record found for &lt;id&gt;" with {@code TRXCOUNT} 0. Nothing is booked.
 */
final class EstHistoryInquiry {

    private static final DateTimeFormatter DTTM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Ledger ledger;
    private final Clock clock;

    EstHistoryInquiry(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    EstStatusAnswer answer(String clientId, String orderId) {
        List<LedgerEntry> newestFirst = ledger.entriesOf(EstBank.FAMILY, clientId, orderId);
        List<String> rows = new ArrayList<>();
        for (LedgerEntry e : newestFirst) {
            if (e.type().isAuthorization()) {
                rows.add(authorizationRow(e, newestFirst));
            } else if (e.type() == LedgerType.REFUND) {
                rows.add(row(
                        "C",
                        e.isApproved() ? settledOrCaptured(e) : EstStatusInquiry.FAILED,
                        e,
                        Optional.of(e),
                        Optional.empty()));
            }
        }
        TreeMap<String, String> extra = new TreeMap<>();
        extra.put("NUMCODE", "0");
        extra.put("TRXCOUNT", Integer.toString(rows.size()));
        if (rows.isEmpty()) {
            return new EstStatusAnswer(EstVerdict.declined("05", "No record found for " + orderId), orderId, "", extra);
        }
        extra.put("MERCHANTID", clientId);
        extra.put("TERMINALID", terminalOf(clientId));
        for (int i = 0; i < rows.size(); i++) {
            extra.put("TRX" + (i + 1), rows.get(i));
        }
        return new EstStatusAnswer(new EstVerdict("Approved", "00", "", "", EstVerdict.Fault.NONE), orderId, "", extra);
    }

    private String authorizationRow(LedgerEntry auth, List<LedgerEntry> order) {
        if (!auth.isApproved()) {
            return row("S", EstStatusInquiry.FAILED, auth, Optional.empty(), Optional.empty());
        }
        Optional<LedgerEntry> capture = auth.type() == LedgerType.SALE
                ? Optional.of(auth)
                : order.stream()
                        .filter(e -> e.isApproved() && e.type() == LedgerType.POST_AUTH)
                        .findFirst();
        Optional<LedgerEntry> cancel = order.stream()
                .filter(e -> e.isApproved() && e.type() == LedgerType.VOID)
                .findFirst();
        String stat = cancel.isPresent()
                ? EstStatusInquiry.VOIDED
                : capture.map(this::settledOrCaptured).orElse(EstStatusInquiry.AUTHORIZED);
        return row("S", stat, auth, capture, cancel);
    }

    private String row(
            String chargeType,
            String stat,
            LedgerEntry e,
            Optional<LedgerEntry> capture,
            Optional<LedgerEntry> cancel) {
        return String.join(
                "\t",
                chargeType,
                stat,
                EstStatusInquiry.minorUnits(e.amount()),
                capture.map(c -> EstStatusInquiry.minorUnits(c.amount())).orElse(""),
                local(e).format(DTTM),
                capture.map(c -> local(c).format(DTTM)).orElse(""),
                cancel.map(v -> local(v).format(DTTM)).orElse(""),
                e.hostRefNum(),
                e.authCode(),
                e.resultCode(),
                e.transId());
    }

    /** C while the day and batch of the money movement are open, S once closed (the status inquiry's reading). */
    private String settledOrCaptured(LedgerEntry e) {
        boolean closed = local(e).toLocalDate().isBefore(LocalDate.now(clock)) || !ledger.inOpenBatch(e);
        return closed ? EstStatusInquiry.SETTLED_SALE : EstStatusInquiry.CAPTURED;
    }

    private LocalDateTime local(LedgerEntry e) {
        return e.timestamp().atZoneSameInstant(clock.getZone()).toLocalDateTime();
    }

    /** The simulator's terminal id of a merchant: {@code 00} + the client id's last 6 digits. */
    private static String terminalOf(String clientId) {
        return "00" + (clientId.length() > 6 ? clientId.substring(clientId.length() - 6) : clientId);
    }
}
