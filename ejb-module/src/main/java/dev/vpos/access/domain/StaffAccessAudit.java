package dev.vpos.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of a user's company grants: who changed it, when, before and after ({@link CompanyScope#describe}). */
@Entity
@Table(name = "staff_access_audit")
public class StaffAccessAudit {

    @Id
    @SequenceGenerator(name = "staff_access_audit_seq", sequenceName = "staff_access_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_access_audit_seq")
    private Long id;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "before_value", nullable = false, length = 4000)
    private String before;

    @Column(name = "after_value", nullable = false, length = 4000)
    private String after;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected StaffAccessAudit() {}

    public StaffAccessAudit(String userName, String actor, String before, String after, OffsetDateTime occurredAt) {
        this.userName = userName;
        this.actor = actor;
        this.before = before;
        this.after = after;
        this.occurredAt = occurredAt;
    }

    public String userName() {
        return userName;
    }

    public String actor() {
        return actor;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }
}
