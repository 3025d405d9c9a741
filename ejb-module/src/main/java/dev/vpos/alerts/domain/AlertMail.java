package dev.vpos.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The e-mail of an alert to one recipient (an outbox row): PENDING until the SMTP server accepted it; a failure is
 * recorded with its reason and tried again after a growing delay (1, 2, 4 … minutes, at most an hour), FAILED after
 * {@link #MAX_ATTEMPTS}. A sender claims a row for a while before sending, so two nodes never send it twice at once.
 */
@Entity
@Table(name = "alert_mail")
public class AlertMail {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    public static final int MAX_ATTEMPTS = 8;

    @Id
    @SequenceGenerator(name = "alert_mail_seq", sequenceName = "alert_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_mail_seq")
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_try_at", nullable = false)
    private OffsetDateTime nextTryAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected AlertMail() {}

    public AlertMail(long alertId, String recipient, OffsetDateTime now) {
        this.alertId = alertId;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.status = PENDING;
        this.nextTryAt = Objects.requireNonNull(now, "now");
    }

    /** Due and not claimed by another sender at {@code now}. */
    public boolean claimable(OffsetDateTime now) {
        return PENDING.equals(status)
                && !nextTryAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    public void claim(OffsetDateTime until) {
        claimedUntil = until;
    }

    public void sent(OffsetDateTime at) {
        status = SENT;
        attempts++;
        sentAt = at;
        claimedUntil = null;
        lastError = null;
    }

    public void failed(OffsetDateTime at, String reason) {
        attempts++;
        lastError = reason == null ? "unknown failure" : reason.substring(0, Math.min(reason.length(), 500));
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = FAILED;
        } else {
            nextTryAt = at.plus(retryDelay(attempts));
        }
    }

    /** 1, 2, 4, 8 … minutes after the n-th failure, at most an hour. */
    public static Duration retryDelay(int failures) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(failures - 1, 6)));
    }

    public Long getId() {
        return id;
    }

    public long getAlertId() {
        return alertId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextTryAt() {
        return nextTryAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
