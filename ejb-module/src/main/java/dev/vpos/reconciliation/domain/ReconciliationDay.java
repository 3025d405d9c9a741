package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One definition's reconciliation of one statement day: OPEN while differences are worked, CLOSED is read-only. */
@Entity
@Table(name = "reconciliation_day")
public class ReconciliationDay {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    @SequenceGenerator(name = "reconciliation_day_seq", sequenceName = "reconciliation_day_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_day_seq")
    private Long id;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "statement_date", nullable = false)
    private LocalDate statementDate;

    @Column(nullable = false, length = 10)
    private String status = OPEN;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private long version;

    protected ReconciliationDay() {}

    public ReconciliationDay(long definitionId, long companyId, LocalDate statementDate, OffsetDateTime now) {
        this.definitionId = definitionId;
        this.companyId = companyId;
        this.statementDate = statementDate;
        this.openedAt = now;
    }

    public boolean isClosed() {
        return CLOSED.equals(status);
    }

    public void close(String actor, OffsetDateTime now) {
        status = CLOSED;
        closedBy = actor;
        closedAt = now;
    }

    public void reopen() {
        status = OPEN;
        closedBy = null;
        closedAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public LocalDate getStatementDate() {
        return statementDate;
    }

    public String getStatus() {
        return status;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }
}
