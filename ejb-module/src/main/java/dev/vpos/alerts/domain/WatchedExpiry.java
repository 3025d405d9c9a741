package dev.vpos.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An expiry an admin entered for a definition's certificate or key whose stored value does not carry one (a bank's
 * 3-D store key, a client certificate kept outside the module). It expires at the end of {@code expiresOn} in the
 * business zone.
 */
@Entity
@Table(name = "watched_expiry")
public class WatchedExpiry {

    @Id
    @SequenceGenerator(name = "watched_expiry_seq", sequenceName = "watched_expiry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watched_expiry_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected WatchedExpiry() {}

    public WatchedExpiry(long companyId, long definitionId, String label, LocalDate expiresOn) {
        this.companyId = companyId;
        this.definitionId = definitionId;
        this.label = Objects.requireNonNull(label, "label");
        this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
