package dev.vpos.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One condition a rule found, from the run that first saw it until the run that no longer does: ACTIVE with its
 * {@code openKey} (unique, so one active alert per condition), RESOLVED with the key cleared and kept as history.
 * Acknowledging records who and when, once; it does not resolve the alert (only the condition clearing does).
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AlertKind kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "definition_id")
    private Long definitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AlertStatus status;

    @Column(name = "open_key", length = 260)
    private String openKey;

    @Column(nullable = false, length = 4000)
    private String facts;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Version
    private long version;

    protected Alert() {}

    /** Raises an alert for {@code condition}, its facts written as {@code factsJson}. */
    public Alert(long companyId, AlertCondition condition, String factsJson, OffsetDateTime now) {
        this.companyId = companyId;
        this.kind = condition.kind();
        this.subject = condition.subject();
        this.definitionId = condition.definitionId();
        this.status = AlertStatus.ACTIVE;
        this.openKey = condition.openKey(companyId);
        this.facts = Objects.requireNonNull(factsJson, "facts");
        this.raisedAt = Objects.requireNonNull(now, "now");
        this.lastSeenAt = now;
    }

    /** The condition still holds at {@code now}, with these facts (the alert shows the numbers as they are now). */
    public void seen(String factsJson, OffsetDateTime now) {
        facts = Objects.requireNonNull(factsJson, "facts");
        lastSeenAt = now;
    }

    /**
     * More of the condition than anyone acknowledged (a collection aged into an aged-attention alert): the alert asks
     * to be acknowledged again. Answers who had acknowledged it, or null.
     */
    public String reopen() {
        String was = acknowledgedBy;
        acknowledgedBy = null;
        acknowledgedAt = null;
        return was;
    }

    /** The condition no longer holds: resolved, and a later occurrence is a new alert. */
    public void resolve(OffsetDateTime now) {
        if (status == AlertStatus.ACTIVE) {
            status = AlertStatus.RESOLVED;
            openKey = null;
            resolvedAt = now;
        }
    }

    /** Records who acknowledged it and when; the first acknowledgement stays. True when this one was recorded. */
    public boolean acknowledge(String user, OffsetDateTime now) {
        if (acknowledgedBy != null) {
            return false;
        }
        acknowledgedBy = Objects.requireNonNull(user, "user");
        acknowledgedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public AlertKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public Long getDefinitionId() {
        return definitionId;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public String getFacts() {
        return facts;
    }

    public OffsetDateTime getRaisedAt() {
        return raisedAt;
    }

    public OffsetDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public OffsetDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
