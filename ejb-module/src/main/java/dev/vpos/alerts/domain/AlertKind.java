package dev.vpos.alerts.domain;

/**
 * What an alert watches, with the meaning, default and bounds of its rule's one threshold (docs/alerts.md). A
 * company's rule of each kind is enabled or not and carries its own threshold.
 */
public enum AlertKind {
    /** A certificate or key of a definition expires within {@code threshold} days. */
    CREDENTIAL_EXPIRY(30, 1, 365),
    /** A definition's last-hour approval rate is below {@code threshold} % of its usual rate (same hour, 7 days). */
    APPROVAL_RATE_DROP(70, 1, 99),
    /** More than {@code threshold} authorisations of a definition timed out or stayed unanswered in 10 minutes. */
    BANK_UNANSWERED(5, 1, 10_000),
    /** At least {@code threshold} notifications whose signature did not verify arrived for a definition in an hour. */
    FORGED_NOTIFICATIONS(1, 1, 1_000),
    /** A collection has needed attention (outcome still unknown after every check) for {@code threshold} hours. */
    ATTENTION_AGED(24, 1, 720),
    /** A day with batch records of a definition is not closed by {@code threshold} o'clock of the next day. */
    DAY_NOT_CLOSED(12, 0, 23);

    private final int defaultThreshold;
    private final int minThreshold;
    private final int maxThreshold;

    AlertKind(int defaultThreshold, int minThreshold, int maxThreshold) {
        this.defaultThreshold = defaultThreshold;
        this.minThreshold = minThreshold;
        this.maxThreshold = maxThreshold;
    }

    public int defaultThreshold() {
        return defaultThreshold;
    }

    public int minThreshold() {
        return minThreshold;
    }

    public int maxThreshold() {
        return maxThreshold;
    }

    public boolean accepts(int threshold) {
        return threshold >= minThreshold && threshold <= maxThreshold;
    }
}
