package dev.vpos.erp.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A payment (or negative reversal) applied to an ERP document by a collection. */
@Entity
@Table(name = "erp_document_payment")
public class DocumentPaymentRow {

    @Id
    @SequenceGenerator(
            name = "erp_document_payment_seq",
            sequenceName = "erp_document_payment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erp_document_payment_seq")
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "collection_id", nullable = false)
    private long collectionId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal discount;

    /** The part of {@code amount} the payer paid above the document (installment commission passed on). */
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal surcharge = BigDecimal.ZERO;

    /**
     * What the document could not take of this payment (it was paid meanwhile through another channel): raised to
     * finance on the collection; zero normally.
     */
    @Column(name = "not_applied", nullable = false, precision = 19, scale = 4)
    private BigDecimal notApplied = BigDecimal.ZERO;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected DocumentPaymentRow() {}

    public DocumentPaymentRow(
            long documentId, long collectionId, BigDecimal amount, BigDecimal discount, OffsetDateTime occurredAt) {
        this(documentId, collectionId, amount, discount, BigDecimal.ZERO, BigDecimal.ZERO, occurredAt);
    }

    public DocumentPaymentRow(
            long documentId,
            long collectionId,
            BigDecimal amount,
            BigDecimal discount,
            BigDecimal surcharge,
            BigDecimal notApplied,
            OffsetDateTime occurredAt) {
        this.notApplied = notApplied;
        this.discount = discount;
        this.surcharge = surcharge;
        this.documentId = documentId;
        this.collectionId = collectionId;
        this.amount = amount;
        this.occurredAt = occurredAt;
    }
}
