package dev.vpos.txlog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What one pruning run did for one company: the retention and cutoff applied, how many log rows it deleted, how many
 * older rows it kept because their collection is still open, and why it stopped if it failed. Never changed.
 */
@Entity
@Table(name = "log_pruning_run")
public class PruningRun {

    /** Who started the run. */
    public enum Trigger {
        SCHEDULE,
        MANUAL
    }

    @Id
    @SequenceGenerator(name = "log_pruning_run_seq", sequenceName = "log_pruning_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "log_pruning_run_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    @Column(nullable = false)
    private OffsetDateTime cutoff;

    @Column(nullable = false)
    private long deleted;

    @Column(name = "kept_open", nullable = false)
    private long keptOpen;

    @Column(name = "triggered_by", nullable = false, length = 10)
    private String triggeredBy;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    private OffsetDateTime finishedAt;

    @Column(length = 500)
    private String failure;

    protected PruningRun() {}

    public PruningRun(
            long companyId,
            int retentionMonths,
            OffsetDateTime cutoff,
            long deleted,
            long keptOpen,
            Trigger trigger,
            String actor,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String failure) {
        this.companyId = companyId;
        this.retentionMonths = retentionMonths;
        this.cutoff = cutoff;
        this.deleted = deleted;
        this.keptOpen = keptOpen;
        this.triggeredBy = trigger.name();
        this.actor = actor;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.failure = failure == null || failure.length() <= 500 ? failure : failure.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public OffsetDateTime getCutoff() {
        return cutoff;
    }

    public long getDeleted() {
        return deleted;
    }

    public long getKeptOpen() {
        return keptOpen;
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }
}
