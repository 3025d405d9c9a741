package dev.vpos.erp.infrastructure;

import dev.vpos.erp.domain.DocumentRef;
import dev.vpos.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An open invoice or order of a customer account, which a collection may pay. */
@Entity
@Table(name = "erp_document")
public class ErpDocument {

    @Id
    @SequenceGenerator(name = "erp_document_seq", sequenceName = "erp_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erp_document_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "customer_account_id", nullable = false)
    private long customerAccountId;

    @Column(name = "document_type", nullable = false, length = 10)
    private String documentType;

    @Column(name = "document_no", nullable = false, length = 40)
    private String documentNo;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "total_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalAmount;

    @Column(name = "open_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal openAmount;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected ErpDocument() {}

    public ErpDocument(
            long companyId,
            long customerAccountId,
            String documentType,
            String documentNo,
            String currency,
            BigDecimal totalAmount,
            LocalDate dueDate) {
        this.companyId = companyId;
        this.customerAccountId = customerAccountId;
        this.documentType = Objects.requireNonNull(documentType);
        this.documentNo = Objects.requireNonNull(documentNo);
        this.currency = Objects.requireNonNull(currency);
        this.totalAmount = Objects.requireNonNull(totalAmount);
        this.openAmount = totalAmount;
        this.dueDate = dueDate;
    }

    public Long getId() {
        return id;
    }

    /** Lowers (a payment) or raises (a reversal, negative) the open amount within 0..total. */
    /**
     * The part of a payment (positive) or reversal (negative) the document can take: at most its open amount, and a
     * reversal at most back to its total.
     */
    public BigDecimal fitting(BigDecimal payment) {
        return payment.signum() >= 0 ? payment.min(openAmount) : payment.max(openAmount.subtract(totalAmount));
    }

    public void apply(BigDecimal payment) {
        BigDecimal next = openAmount.subtract(payment);
        if (next.signum() < 0 || next.compareTo(totalAmount) > 0) {
            throw new IllegalStateException("document " + documentNo + ": a payment of " + payment
                    + " would leave an open amount of " + next + " (total " + totalAmount + ")");
        }
        openAmount = next;
    }

    public DocumentRef toRef() {
        return new DocumentRef(
                id,
                companyId,
                customerAccountId,
                documentType,
                documentNo,
                Money.of(totalAmount, currency),
                Money.of(openAmount, currency),
                dueDate);
    }

    public long getCompanyId() {
        return companyId;
    }
}
