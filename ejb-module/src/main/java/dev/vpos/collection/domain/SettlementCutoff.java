package dev.vpos.collection.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A family's day-end cut-off: the local time at which the bank closes the day's batch. Before it a transaction can be
 * voided; after it only refunded. Data (table {@code settlement_cutoff}), editable by an admin.
 */
@Entity
@Table(name = "settlement_cutoff")
public class SettlementCutoff {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private GatewayFamily family;

    @Column(name = "cutoff_time", nullable = false, length = 8)
    private String cutoffTime;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(length = 300)
    private String note;

    protected SettlementCutoff() {}

    public SettlementCutoff(GatewayFamily family, LocalTime cutoff, ZoneId zone, String note) {
        this.family = family;
        change(cutoff, zone, note);
    }

    public void change(LocalTime cutoff, ZoneId zone, String note) {
        this.cutoffTime = cutoff.toString();
        this.timeZone = zone.getId();
        this.note = note;
    }

    public LocalTime cutoff() {
        return LocalTime.parse(cutoffTime);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * The first cut-off after {@code transactionTime}: the batch the transaction went into closes then. A cut-off of
     * 00:00 means the batch closes at midnight.
     */
    public OffsetDateTime batchCloseAfter(OffsetDateTime transactionTime) {
        ZonedDateTime local = transactionTime.atZoneSameInstant(zone());
        ZonedDateTime close = local.toLocalDate().atTime(cutoff()).atZone(zone());
        if (!close.isAfter(local)) {
            close = close.plusDays(1);
        }
        return close.toOffsetDateTime();
    }

    /** Whether a transaction made at {@code transactionTime} is still in the bank's open batch {@code now}. */
    public boolean stillOpen(OffsetDateTime transactionTime, OffsetDateTime now) {
        return now.isBefore(batchCloseAfter(transactionTime));
    }

    public GatewayFamily getFamily() {
        return family;
    }

    public String getNote() {
        return note;
    }
}
