package dev.vpos.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One of a company's plus-installment campaigns ({@link PlusInstallmentCampaign}), at its position in the list. */
@Entity
@Table(name = "plus_installment_campaign")
public class InstallmentCampaign {

    @Id
    @SequenceGenerator(
            name = "plus_installment_campaign_seq",
            sequenceName = "plus_installment_campaign_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plus_installment_campaign_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String programme;

    @Column(name = "extra_installments", nullable = false)
    private int extraInstallments;

    @Column(name = "minimum_installments", nullable = false)
    private int minimumInstallments;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected InstallmentCampaign() {}

    public InstallmentCampaign(
            long companyId, int position, PlusInstallmentCampaign c, String updatedBy, OffsetDateTime updatedAt) {
        this.companyId = companyId;
        this.position = position;
        this.programme = Objects.requireNonNull(c.programme(), "programme");
        this.extraInstallments = c.extraInstallments();
        this.minimumInstallments = c.minimumInstallments();
        this.validFrom = Objects.requireNonNull(c.validFrom(), "validFrom");
        this.validTo = Objects.requireNonNull(c.validTo(), "validTo");
        this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public PlusInstallmentCampaign campaign() {
        return new PlusInstallmentCampaign(programme, extraInstallments, minimumInstallments, validFrom, validTo);
    }

    public int getPosition() {
        return position;
    }
}
