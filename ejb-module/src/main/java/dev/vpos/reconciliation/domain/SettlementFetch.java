package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One run of a definition's settlement-file fetch: RUNNING, then IMPORTED, NOTHING_NEW or FAILED (with a reason). */
@Entity
@Table(name = "settlement_fetch")
public class SettlementFetch {

    public enum Trigger {
        SCHEDULE,
        RETRY,
        MANUAL
    }

    public enum Outcome {
        RUNNING,
        IMPORTED,
        NOTHING_NEW,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "settlement_fetch_seq", sequenceName = "settlement_fetch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_fetch_seq")
    private Long id;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(name = "trigger_kind", nullable = false, length = 12)
    private String trigger;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(nullable = false, length = 12)
    private String outcome = Outcome.RUNNING.name();

    @Column(nullable = false)
    private int attempt;

    @Column(name = "files_listed", nullable = false)
    private int filesListed;

    @Column(name = "files_imported", nullable = false)
    private int filesImported;

    @Column(name = "files_known", nullable = false)
    private int filesKnown;

    @Column(name = "reason_key", length = 100)
    private String reasonKey;

    @Column(name = "reason_detail", length = 2000)
    private String reasonDetail;

    @Column(name = "next_try_at")
    private OffsetDateTime nextTryAt;

    @Column(nullable = false, length = 100)
    private String actor;

    protected SettlementFetch() {}

    public SettlementFetch(long definitionId, Trigger trigger, int attempt, String actor, OffsetDateTime now) {
        this.definitionId = definitionId;
        this.trigger = trigger.name();
        this.attempt = attempt;
        this.actor = actor;
        this.startedAt = now;
    }

    /** How the run ended. */
    public void finish(FetchResult r, OffsetDateTime next, OffsetDateTime now) {
        this.outcome = r.outcome().name();
        this.filesListed = r.listed();
        this.filesImported = r.imported();
        this.filesKnown = r.known();
        this.reasonKey = r.reasonKey();
        this.reasonDetail = FetchResult.cap(r.reasonDetail(), 2000);
        this.nextTryAt = r.outcome() == Outcome.FAILED ? next : null;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public String getTrigger() {
        return trigger;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getAttempt() {
        return attempt;
    }

    public int getFilesListed() {
        return filesListed;
    }

    public int getFilesImported() {
        return filesImported;
    }

    public int getFilesKnown() {
        return filesKnown;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReasonDetail() {
        return reasonDetail;
    }

    public OffsetDateTime getNextTryAt() {
        return nextTryAt;
    }

    public String getActor() {
        return actor;
    }
}
