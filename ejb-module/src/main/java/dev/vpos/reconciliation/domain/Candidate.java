package dev.vpos.reconciliation.domain;

/**
 * A batch record as matching sees it: compact (money in ten-thousandths, the day as an epoch day) because a day of a
 * busy merchant has a hundred thousand of them in memory at once.
 *
 * @param claimed  another statement line (of an earlier import) already matched it
 * @param voided   the ERP voided it: it should never settle at the bank
 * @param epochDay the transaction's day in the business zone
 */
public final class Candidate {

    private final long id;
    private final String orderId;
    private final String authCode;
    private final String rrn;
    private final String cardKey;
    private final TransactionKind kind;
    private final boolean voided;
    private final long amount;
    private final long commission;
    private final String currency;
    private final int epochDay;
    private final boolean claimed;
    private final boolean missingRow;
    private final String reconciliationStatus;
    private boolean taken;

    public Candidate(
            long id,
            String orderId,
            String authCode,
            String rrn,
            String cardKey,
            TransactionKind kind,
            boolean voided,
            long amount,
            long commission,
            String currency,
            int epochDay,
            boolean claimed,
            boolean missingRow,
            String reconciliationStatus) {
        this.id = id;
        this.orderId = orderId;
        this.authCode = authCode;
        this.rrn = rrn;
        this.cardKey = cardKey;
        this.kind = kind;
        this.voided = voided;
        this.amount = amount;
        this.commission = commission;
        this.currency = currency;
        this.epochDay = epochDay;
        this.claimed = claimed;
        this.missingRow = missingRow;
        this.reconciliationStatus = reconciliationStatus;
    }

    public long id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public String authCode() {
        return authCode;
    }

    public String rrn() {
        return rrn;
    }

    public String cardKey() {
        return cardKey;
    }

    public TransactionKind kind() {
        return kind;
    }

    public boolean voided() {
        return voided;
    }

    public long amount() {
        return amount;
    }

    public long commission() {
        return commission;
    }

    public String currency() {
        return currency;
    }

    public int epochDay() {
        return epochDay;
    }

    /** Matched by a line of an earlier import: not free for this one. */
    public boolean claimed() {
        return claimed;
    }

    /** An open day's missing-at-bank list holds it (an earlier import found it missing); its row goes when it pairs. */
    public boolean missingRow() {
        return missingRow;
    }

    /** OPEN, MATCHED, DIFFERENCE or EXPLAINED, as stored. */
    public String reconciliationStatus() {
        return reconciliationStatus;
    }

    /** Matched by a line of this import. */
    public boolean taken() {
        return taken;
    }

    public boolean free() {
        return !claimed && !taken;
    }

    void take() {
        taken = true;
    }
}
