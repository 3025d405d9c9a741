package dev.vpos.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** An address a company's alerts are e-mailed to. */
@Entity
@Table(name = "alert_recipient")
public class AlertRecipient {

    @Id
    @SequenceGenerator(name = "alert_recipient_seq", sequenceName = "alert_recipient_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_recipient_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false, length = 254)
    private String email;

    protected AlertRecipient() {}

    public AlertRecipient(long companyId, String email) {
        this.companyId = companyId;
        this.email = Objects.requireNonNull(email, "email");
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getEmail() {
        return email;
    }
}
