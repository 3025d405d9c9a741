package dev.vpos.definitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Who changed which definition, when and how. Secrets appear only as "changed". Append-only. */
@Entity
@Table(name = "definition_audit")
public class DefinitionAudit {

    /** What was done. */
    public enum Action {
        CREATED,
        UPDATED,
        ENABLED,
        DISABLED,
        DELETED,
        COPIED
    }

    @Id
    @SequenceGenerator(name = "definition_audit_seq", sequenceName = "definition_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "definition_audit_seq")
    private Long id;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 4000)
    private String changes;

    @Column(length = 500)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected DefinitionAudit() {}

    public DefinitionAudit(
            long definitionId,
            long companyId,
            Action action,
            String actor,
            String changes,
            String reason,
            OffsetDateTime occurredAt) {
        this.definitionId = definitionId;
        this.companyId = companyId;
        this.action = action.name();
        this.actor = actor;
        this.changes = changes.length() > 4000 ? changes.substring(0, 4000) : changes;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }
}
