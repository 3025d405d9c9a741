package dev.vpos.batches.domain;

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
import java.time.OffsetDateTime;

/**
 * The ERP's credit-card batch record of an approved collection: gross, commission, net, value date and the
 * bank's transaction codes exactly as the bank gave them, for one-to-one reconciliation with the statement.
 */
@Entity
@Table(name = "card_batch")
public class CardBatch {

    @Id
    @SequenceGenerator(name = "card_batch_seq", sequenceName = "card_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_batch_seq")
    private Long id;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(name = "customer_account_id", nullable = false)
    private long customerAccountId;

    @Column(name = "transaction_time", nullable = false)
    private OffsetDateTime transactionTime;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal commission;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal netAmount;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(nullable = false)
    private int installments;

    @Column(name = "masked_pan", nullable = false, length = 19)
    private String maskedPan;

    @Column(name = "card_brand", nullable = false, length = 20)
    private String cardBrand;

    @Column(name = "bank_order_id", nullable = false, length = 64)
    private String bankOrderId;

    @Column(name = "auth_code", length = 20)
    private String authCode;

    @Column(name = "host_ref_num", length = 40)
    private String hostRefNum;

    @Column(name = "bank_trans_id", length = 64)
    private String bankTransId;

    @Column(nullable = false, length = 10)
    private String source;

    /** SALE for the money taken (a sale or a capture), REFUND (negative amounts) for each refund. */
    @Column(nullable = false, length = 10)
    private String kind = "SALE";

    /** ACTIVE, or VOIDED when the transaction was cancelled before the bank's day end (it never settles). */
    @Column(nullable = false, length = 10)
    private String status = "ACTIVE";

    @Column(name = "operation_id")
    private Long operationId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** Who keyed in a MANUAL record (finance, from a bank statement line); null for records of collections. */
    @Column(name = "entered_by", length = 100)
    private String enteredBy;

    /** The collection's channel, for the listing's filter; '' for a record entered by hand. Never changes. */
    @Column(nullable = false, length = 20)
    private String channel = "";

    /**
     * The collection's state (APPROVED, VOIDED, REFUNDED, ...), kept by the transaction that moves the collection, for
     * the listing's filter and sort; '' for a record entered by hand.
     */
    @Column(name = "collection_state", nullable = false, length = 24)
    private String collectionState = "";

    protected CardBatch() {}

    public CardBatch(BatchFacts facts, Settlement settlement, OffsetDateTime now) {
        this.collectionId = facts.collectionId();
        this.companyId = facts.companyId();
        this.definitionId = facts.definitionId();
        this.customerAccountId = facts.customerAccountId();
        this.transactionTime = facts.transactionTime();
        this.amount = facts.gross().amount();
        this.currency = facts.gross().currencyCode();
        this.commission = settlement.commission().amount();
        this.netAmount = settlement.net().amount();
        this.valueDate = settlement.valueDate();
        this.installments = facts.installments();
        this.maskedPan = facts.maskedPan();
        this.cardBrand = facts.cardBrand();
        this.bankOrderId = facts.bankOrderId();
        this.authCode = facts.authCode();
        this.hostRefNum = facts.hostRefNum();
        this.bankTransId = facts.bankTransId();
        this.source = facts.source();
        this.createdAt = now;
        this.kind = facts.kind();
        this.operationId = facts.operationId();
        this.channel = facts.channel() == null ? "" : facts.channel();
        this.collectionState = facts.collectionState() == null ? "" : facts.collectionState();
    }

    public Money gross() {
        return Money.of(amount, currency);
    }

    public Long getId() {
        return id;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public long getCustomerAccountId() {
        return customerAccountId;
    }

    public OffsetDateTime getTransactionTime() {
        return transactionTime;
    }

    public BigDecimal getCommission() {
        return commission;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public int getInstallments() {
        return installments;
    }

    public String getMaskedPan() {
        return maskedPan;
    }

    public String getCardBrand() {
        return cardBrand;
    }

    public String getBankOrderId() {
        return bankOrderId;
    }

    public String getAuthCode() {
        return authCode;
    }

    public String getHostRefNum() {
        return hostRefNum;
    }

    public String getBankTransId() {
        return bankTransId;
    }

    public String getSource() {
        return source;
    }

    /** A record finance entered by hand (source MANUAL, no collection), e.g. from a bank statement line. */
    public void enteredManuallyBy(String actor) {
        this.enteredBy = actor;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public void markVoided() {
        status = "VOIDED";
    }

    /** The collection moved on (voided, refunded): the record carries its new state. */
    public boolean collectionNowIn(String state) {
        if (state.equals(collectionState)) {
            return false;
        }
        collectionState = state;
        return true;
    }

    public String getChannel() {
        return channel;
    }

    public String getCollectionState() {
        return collectionState;
    }

    public String getKind() {
        return kind;
    }

    public String getStatus() {
        return status;
    }
}
