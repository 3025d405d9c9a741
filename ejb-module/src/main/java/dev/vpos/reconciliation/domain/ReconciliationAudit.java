package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of the reconciliation trail: an import, a resolution, a reopening, a closing, a mapping change. */
@Entity
@Table(name = "reconciliation_audit")
public class ReconciliationAudit {

    /** What happened. */
    public enum Action {
        IMPORTED,
        IMPORT_FAILED,
        EXPLAINED,
        MANUAL_BATCH,
        REOPENED,
        MANUAL_BATCH_REMOVED,
        DAY_CLOSED,
        DAY_REOPENED,
        MAPPING_CREATED,
        MAPPING_UPDATED,
        SOURCE_UPDATED
    }

    @Id
    @SequenceGenerator(
            name = "reconciliation_audit_seq",
            sequenceName = "reconciliation_audit_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_audit_seq")
    private Long id;

    @Column(name = "day_id")
    private Long dayId;

    @Column(name = "mapping_id")
    private Long mappingId;

    @Column(name = "line_id")
    private Long lineId;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(nullable = false, length = 24)
    private String action;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 500)
    private String reason;

    @Column(length = 2000)
    private String details;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected ReconciliationAudit() {}

    public ReconciliationAudit(
            Long dayId,
            Long mappingId,
            Long lineId,
            Long batchId,
            Action action,
            String actor,
            String reason,
            String details,
            OffsetDateTime now) {
        this.dayId = dayId;
        this.mappingId = mappingId;
        this.lineId = lineId;
        this.batchId = batchId;
        this.action = action.name();
        this.actor = actor;
        this.reason = reason;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
        this.occurredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getDayId() {
        return dayId;
    }

    public Long getMappingId() {
        return mappingId;
    }

    public Long getLineId() {
        return lineId;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }
}
