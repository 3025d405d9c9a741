package dev.vpos.approvals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A company's four-eyes threshold in one currency: a refund, void or cancel above it waits for a second user's approval
 * (and so does any of them by the user who took the sale). No row for a currency = four eyes off in it.
 */
@Entity
@Table(name = "four_eyes_threshold")
@IdClass(FourEyesThreshold.Key.class)
public class FourEyesThreshold {

    @Id
    @Column(name = "company_id")
    private long companyId;

    @Id
    @Column(length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal threshold;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected FourEyesThreshold() {}

    public FourEyesThreshold(
            long companyId, String currency, BigDecimal threshold, String updatedBy, OffsetDateTime updatedAt) {
        this.companyId = companyId;
        this.currency = currency;
        this.threshold = threshold;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The primary key: company and currency. */
    public static class Key implements Serializable {

        private long companyId;
        private String currency;

        public Key() {}

        public Key(long companyId, String currency) {
            this.companyId = companyId;
            this.currency = currency;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && companyId == k.companyId && Objects.equals(currency, k.currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(companyId, currency);
        }
    }
}
