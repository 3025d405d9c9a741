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
import java.time.OffsetDateTime;
import java.util.Objects;

/** A company's rule of one kind: on or off, and its threshold (in the kind's unit, within its bounds). */
@Entity
@Table(name = "alert_rule")
public class AlertRule {

    @Id
    @SequenceGenerator(name = "alert_rule_seq", sequenceName = "alert_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_rule_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AlertKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected AlertRule() {}

    public AlertRule(long companyId, AlertKind kind, boolean enabled, int threshold, String actor, OffsetDateTime now) {
        this.companyId = companyId;
        this.kind = Objects.requireNonNull(kind, "kind");
        change(enabled, threshold, actor, now);
    }

    /** Sets the rule; the threshold must be within the kind's bounds (checked by the caller with field errors). */
    public void change(boolean enabled, int threshold, String actor, OffsetDateTime now) {
        if (!kind.accepts(threshold)) {
            throw new IllegalArgumentException("threshold " + threshold + " out of bounds for " + kind);
        }
        this.enabled = enabled;
        this.threshold = threshold;
        this.updatedBy = Objects.requireNonNull(actor, "actor");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public long getCompanyId() {
        return companyId;
    }

    public AlertKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getThreshold() {
        return threshold;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
