package dev.vpos.simulator.est;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Answers an order-status query ({@code Extra/ORDERSTATUS=QUERY}) from the {@link Ledger} (the order's authorisation,
 * with the state its follow-ups gave it), in the shape of the EST
 * gateway's status answers (mewebstudio/pos fixtures, docs/bank-simulator.md): the query itself succeeds with
 * {@code Approved 00} when the merchant's order is known, and the order's own result is in {@code Extra}
 * ({@code TRANS_STAT}, {@code PROC_RET_CD}); an unknown order is {@code Declined 99 "No record found for <id>"}.
 * Amounts are minor units without a dot, the card is masked as {@code 4355 08** **** 4358}. Nothing is booked.
 */
final class EstStatusInquiry {

    /** {@code TRANS_STAT} of an approved sale whose day has not been closed yet (captured, not settled). */
    static final String CAPTURED = "C";
    /** {@code TRANS_STAT} of an approved sale after its day's batch was closed (the simulator's reading). */
    static final String SETTLED_SALE = "S";
    /** {@code TRANS_STAT} of a failed transaction, e.g. a declined sale. */
    static final String FAILED = "D";
    /** {@code TRANS_STAT} of a pre-authorisation not (yet) captured. */
    static final String AUTHORIZED = "A";
    /** {@code TRANS_STAT} of a voided order. */
    static final String VOIDED = "V";

    private static final String SALE_CHARGE_TYPE = "S";
    /** {@code Extra/NUMCODE} of every status answer, found or not. */
    private static final String QUERY_NUMCODE = "0";

    private static final List<String> ORDERSTATUS_FIELDS = List.of(
            "ORD_ID",
            "CHARGE_TYPE_CD",
            "ORIG_TRANS_AMT",
            "CAPTURE_AMT",
            "TRANS_STAT",
            "AUTH_DTTM",
            "CAPTURE_DTTM",
            "AUTH_CODE");
    private static final DateTimeFormatter DTTM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter HOSTDATE = DateTimeFormatter.ofPattern("MMdd-HHmmss");

    private final Ledger ledger;
    private final Clock clock;

    EstStatusInquiry(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    EstStatusAnswer answer(String clientId, String orderId) {
        return order(clientId, orderId).map(this::found).orElseGet(() -> notFound(orderId));
    }

    /**
     * The order's approved authorisation (sale or pre-authorisation) if it has one (an order is charged once),
     * otherwise its latest declined one. Follow-ups are not orders of their own: they change the authorisation's
     * state ({@link #transStat}).
     */
    private Optional<LedgerEntry> order(String clientId, String orderId) {
        List<LedgerEntry> authorizations = ledger.entriesOf(EstBank.FAMILY, clientId, orderId).stream()
                .filter(e -> e.type().isAuthorization())
                .toList();
        return authorizations.stream()
                .filter(LedgerEntry::isApproved)
                .findFirst()
                .or(() -> authorizations.stream().findFirst());
    }

    private EstStatusAnswer found(LedgerEntry sale) {
        LocalDateTime time = local(sale);
        LedgerOrder order = ledger.order(EstBank.FAMILY, sale.clientId(), sale.orderId());
        Optional<LedgerEntry> capture = sale.type() == LedgerType.SALE
                ? Optional.of(sale).filter(LedgerEntry::isApproved)
                : order.entries().stream()
                        .filter(e -> e.isApproved() && e.type() == LedgerType.POST_AUTH)
                        .findFirst();
        Optional<LedgerEntry> cancel = order.entries().stream()
                .filter(e -> e.isApproved() && e.type() == LedgerType.VOID)
                .findFirst();
        TreeMap<String, String> extra = new TreeMap<>();
        extra.put("AUTH_CODE", sale.authCode());
        extra.put("AUTH_DTTM", time.format(DTTM));
        extra.put("CAPTURE_AMT", capture.map(c -> minorUnits(c.amount())).orElse(""));
        extra.put("CAPTURE_DTTM", capture.map(c -> local(c).format(DTTM)).orElse(""));
        cancel.ifPresent(v -> extra.put("VOID_DTTM", local(v).format(DTTM)));
        extra.put("CAVV_3D", "");
        extra.put("CHARGE_TYPE_CD", SALE_CHARGE_TYPE);
        extra.put("ECI_3D", "");
        extra.put("HOSTDATE", time.format(HOSTDATE));
        extra.put("HOST_REF_NUM", sale.hostRefNum());
        extra.put("MDSTATUS", "");
        extra.put("NUMCODE", QUERY_NUMCODE);
        extra.put("ORD_ID", sale.orderId());
        extra.put("ORIG_TRANS_AMT", minorUnits(sale.amount()));
        extra.put("PAN", inGroupsOfFour(sale.maskedPan()));
        extra.put("PROC_RET_CD", sale.resultCode());
        extra.put("SETTLEID", "");
        extra.put("TRANS_ID", sale.transId());
        extra.put("TRANS_STAT", transStat(sale, capture, cancel.isPresent()));
        extra.put("XID_3D", "");
        extra.put("ORDERSTATUS", orderStatusLine(extra) + "\tTRANS_ID:" + sale.transId());
        return new EstStatusAnswer(EstVerdict.recordsFound(sale.orderId()), sale.orderId(), sale.transId(), extra);
    }

    /** As the gateway answers an order id it does not know: no order data, and an ORDERSTATUS line of empty fields. */
    private static EstStatusAnswer notFound(String orderId) {
        TreeMap<String, String> extra = new TreeMap<>();
        extra.put("NUMCODE", QUERY_NUMCODE);
        extra.put("ORDERSTATUS", orderStatusLine(Map.of()));
        return new EstStatusAnswer(EstVerdict.noRecordFound(orderId), "", "", extra);
    }

    /**
     * Declined: D. Voided: V. A pre-authorisation not captured: A. Captured (a sale, or a pre-authorisation's
     * capture): C until the capture's day (Europe/Istanbul, one batch per day) is over or its batch is closed,
     * S afterwards.
     */
    private String transStat(LedgerEntry authorization, Optional<LedgerEntry> capture, boolean voided) {
        if (!authorization.isApproved()) {
            return FAILED;
        }
        if (voided) {
            return VOIDED;
        }
        if (capture.isEmpty()) {
            return AUTHORIZED;
        }
        LedgerEntry c = capture.get();
        boolean closed = local(c).toLocalDate().isBefore(LocalDate.now(clock)) || !ledger.inOpenBatch(c);
        return closed ? SETTLED_SALE : CAPTURED;
    }

    private LocalDateTime local(LedgerEntry entry) {
        return entry.timestamp().atZoneSameInstant(clock.getZone()).toLocalDateTime();
    }

    /** {@code Extra/ORDERSTATUS}: {@code NAME:value} pairs joined by tabs, in the gateway's order. */
    private static String orderStatusLine(Map<String, String> extra) {
        return ORDERSTATUS_FIELDS.stream()
                .map(name -> name + ":" + extra.getOrDefault(name, ""))
                .collect(Collectors.joining("\t"));
    }

    /** Status answers give amounts in minor units without a dot: 1000.01 is {@code 100001}, 10 is {@code 1000}. */
    static String minorUnits(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().toString();
    }

    /** The masked card in groups of four, as status answers show it: {@code 435508******4358} → {@code 4355 08** **** 4358}. */
    static String inGroupsOfFour(String maskedPan) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < maskedPan.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(maskedPan, i, Math.min(i + 4, maskedPan.length()));
        }
        return grouped.toString();
    }
}
