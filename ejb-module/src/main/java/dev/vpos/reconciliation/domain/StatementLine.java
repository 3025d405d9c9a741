package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored statement line with its match and finance's resolution. Lines are written by the import in JDBC batches;
 * this entity reads them and records resolutions.
 */
@Entity
@Table(name = "statement_line")
public class StatementLine {

    public static final String EXPLAINED = "EXPLAINED";
    public static final String MANUAL_BATCH = "MANUAL_BATCH";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "day_id", nullable = false)
    private long dayId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "transaction_date", nullable = false)
    private LocalDate transactionDate;

    @Column(name = "transaction_clock", length = 8)
    private String transactionClock;

    @Column(name = "merchant_id", length = 40)
    private String merchantId;

    @Column(name = "order_id", length = 64)
    private String orderId;

    @Column(name = "auth_code", length = 20)
    private String authCode;

    @Column(length = 40)
    private String rrn;

    @Column(name = "trans_id", length = 64)
    private String transId;

    @Column(name = "batch_no", length = 20)
    private String batchNo;

    @Column(name = "masked_pan", length = 19)
    private String maskedPan;

    @Column(name = "type_code", length = 30)
    private String typeCode;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private int installments;

    @Column(precision = 19, scale = 4)
    private BigDecimal commission;

    @Column(name = "net_amount", precision = 19, scale = 4)
    private BigDecimal netAmount;

    @Column(name = "match_status", nullable = false, length = 16)
    private String matchStatus;

    @Column(name = "matched_by", length = 16)
    private String matchedBy;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "difference_kind", length = 16)
    private String differenceKind;

    @Column(name = "erp_amount", precision = 19, scale = 4)
    private BigDecimal erpAmount;

    @Column(name = "erp_commission", precision = 19, scale = 4)
    private BigDecimal erpCommission;

    @Column(length = 16)
    private String resolution;

    @Column(name = "resolution_reason", length = 500)
    private String resolutionReason;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    protected StatementLine() {}

    /** Open: a difference no one resolved yet (a matched line is never open). */
    public boolean isOpen() {
        return !MatchStatus.MATCHED.name().equals(matchStatus) && resolution == null;
    }

    public boolean isMissingInErp() {
        return MatchStatus.MISSING_IN_ERP.name().equals(matchStatus);
    }

    /** Whether this line decides its batch's reconciliation status (a duplicate points at a batch another line owns). */
    public boolean ownsBatch() {
        return batchId != null && !DifferenceKind.DUPLICATE.name().equals(differenceKind);
    }

    public void explain(String reason, String actor, OffsetDateTime now) {
        resolve(EXPLAINED, reason, actor, now);
    }

    /** Finance created the batch the ERP lacked from this line. */
    public void enteredAs(long manualBatchId, String reason, String actor, OffsetDateTime now) {
        batchId = manualBatchId;
        matchedBy = MatchedBy.MANUAL.name();
        resolve(MANUAL_BATCH, reason, actor, now);
    }

    /** Back to an open difference; a manual batch's link is dropped (the caller removes the batch). */
    public void reopen() {
        if (MANUAL_BATCH.equals(resolution)) {
            batchId = null;
            matchedBy = null;
        }
        resolution = null;
        resolutionReason = null;
        resolvedBy = null;
        resolvedAt = null;
    }

    private void resolve(String how, String reason, String actor, OffsetDateTime now) {
        resolution = how;
        resolutionReason = reason;
        resolvedBy = actor;
        resolvedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getImportId() {
        return importId;
    }

    public long getDayId() {
        return dayId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public LocalDate getTransactionDate() {
        return transactionDate;
    }

    public String getTransactionClock() {
        return transactionClock;
    }

    public String getMerchantId() {
        return merchantId;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getAuthCode() {
        return authCode;
    }

    public String getRrn() {
        return rrn;
    }

    public String getTransId() {
        return transId;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public String getMaskedPan() {
        return maskedPan;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency == null ? null : currency.trim();
    }

    public int getInstallments() {
        return installments;
    }

    public BigDecimal getCommission() {
        return commission;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public String getMatchStatus() {
        return matchStatus;
    }

    public String getMatchedBy() {
        return matchedBy;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getDifferenceKind() {
        return differenceKind;
    }

    public BigDecimal getErpAmount() {
        return erpAmount;
    }

    public BigDecimal getErpCommission() {
        return erpCommission;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolutionReason() {
        return resolutionReason;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }
}
