package dev.vpos.txlog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** How many months a company keeps its return-code log (a company without a row keeps the default). */
@Entity
@Table(name = "log_retention")
public class LogRetention {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    @Id
    @Column(name = "company_id")
    private long companyId;

    @Column(nullable = false)
    private int months;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected LogRetention() {}

    public LogRetention(long companyId, int months, String updatedBy, OffsetDateTime updatedAt) {
        this.companyId = companyId;
        change(months, updatedBy, updatedAt);
    }

    public void change(int months, String updatedBy, OffsetDateTime updatedAt) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("retention months out of range: " + months);
        }
        this.months = months;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /**
     * The first instant a company keeps: the start of today's date {@code months} earlier, in the business zone
     * (a shorter month ends on its last day: 31 March − 1 month = 28/29 February). Everything before it may go.
     */
    public static OffsetDateTime cutoff(OffsetDateTime now, int months, ZoneId zone) {
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        return today.minusMonths(months).atStartOfDay(zone).toOffsetDateTime();
    }

    public long getCompanyId() {
        return companyId;
    }

    public int getMonths() {
        return months;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
