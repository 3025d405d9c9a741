package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A batch record of the day that the bank's file does not have, and finance's explanation of it. */
@Entity
@Table(name = "missing_at_bank")
public class MissingAtBank {

    @Id
    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "day_id", nullable = false)
    private long dayId;

    @Column(name = "found_at", nullable = false)
    private OffsetDateTime foundAt;

    @Column(length = 16)
    private String resolution;

    @Column(name = "resolution_reason", length = 500)
    private String resolutionReason;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    protected MissingAtBank() {}

    public boolean isOpen() {
        return resolution == null;
    }

    public void explain(String reason, String actor, OffsetDateTime now) {
        resolution = StatementLine.EXPLAINED;
        resolutionReason = reason;
        resolvedBy = actor;
        resolvedAt = now;
    }

    public void reopen() {
        resolution = null;
        resolutionReason = null;
        resolvedBy = null;
        resolvedAt = null;
    }

    public Long getBatchId() {
        return batchId;
    }

    public long getDayId() {
        return dayId;
    }

    public OffsetDateTime getFoundAt() {
        return foundAt;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolutionReason() {
        return resolutionReason;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }
}
