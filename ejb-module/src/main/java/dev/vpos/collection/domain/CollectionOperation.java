package dev.vpos.collection.domain;

import dev.vpos.shared.domain.IllegalTransitionException;
import dev.vpos.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A capture, void or refund of a collection: written INITIATED before the bank call, settled with the bank's answer.
 * Its own idempotency key, so a retried cancel never refunds twice.
 */
@Entity
@Table(name = "collection_operation")
public class CollectionOperation {

    /** INITIATED until the bank answers; then APPROVED, DECLINED, NOT_SENT or UNKNOWN. */
    public enum State {
        INITIATED,
        APPROVED,
        DECLINED,
        NOT_SENT,
        UNKNOWN
    }

    @Id
    @SequenceGenerator(
            name = "collection_operation_seq",
            sequenceName = "collection_operation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_operation_seq")
    private Long id;

    @Column(name = "collection_id", nullable = false)
    private long collectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OperationKind kind;

    @Column(name = "operation_id", nullable = false, length = 20)
    private String operationId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "bank_code", length = 64)
    private String bankCode;

    @Column(length = 40)
    private String reason;

    @Column(name = "bank_message", length = 500)
    private String bankMessage;

    @Column(name = "auth_code", length = 20)
    private String authCode;

    @Column(name = "host_ref_num", length = 40)
    private String hostRefNum;

    @Column(name = "bank_trans_id", length = 64)
    private String bankTransId;

    @Column(name = "idempotency_key", length = 255)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "status_checks", nullable = false)
    private int statusChecks;

    /** While INITIATED, the in-flight deadline; while UNKNOWN, when the bank is to be asked next. */
    @Column(name = "next_check_at")
    private OffsetDateTime nextCheckAt;

    @Column(name = "needs_attention", nullable = false)
    private boolean needsAttention;

    @Version
    private long version;

    protected CollectionOperation() {}

    public CollectionOperation(
            long collectionId,
            OperationKind kind,
            String operationId,
            Money amount,
            String idempotencyKey,
            String requestFingerprint,
            String createdBy,
            OffsetDateTime now) {
        this.collectionId = collectionId;
        this.kind = kind;
        this.operationId = operationId;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdBy = createdBy;
        this.state = State.INITIATED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void settle(State outcome, BankVerdict verdict, OffsetDateTime now) {
        if (state != State.INITIATED && state != State.UNKNOWN) {
            throw new IllegalTransitionException(operationId, state, outcome);
        }
        state = outcome;
        if (outcome != State.UNKNOWN) {
            nextCheckAt = null;
            needsAttention = false;
        }
        bankCode = verdict.bankCode();
        reason = verdict.reason();
        bankMessage = verdict.bankMessage() == null || verdict.bankMessage().length() <= 500
                ? verdict.bankMessage()
                : verdict.bankMessage().substring(0, 500);
        authCode = verdict.authCode();
        hostRefNum = verdict.hostRefNum();
        bankTransId = verdict.transId();
        updatedAt = now;
    }

    public boolean inFlight() {
        return state == State.INITIATED;
    }

    /** The time by which the bank call must have ended (INITIATED) or the next status check is due (UNKNOWN). */
    public void checkAt(OffsetDateTime at) {
        nextCheckAt = at;
    }

    /** Still INITIATED after its in-flight deadline: the call that wrote it can no longer be waiting for the bank. */
    public boolean isStrandedAt(OffsetDateTime now) {
        return state == State.INITIATED && nextCheckAt != null && !nextCheckAt.isAfter(now);
    }

    /**
     * The bank gave no definite answer: ask again at {@code next}, or, when there is no next time, raise it to
     * finance.
     */
    public void stillUnknown(java.util.Optional<OffsetDateTime> next, OffsetDateTime now) {
        statusChecks++;
        nextCheckAt = next.orElse(null);
        needsAttention = next.isEmpty();
        updatedAt = now;
    }

    /** The bank cannot be asked about this follow-up (no history inquiry): finance settles it with the bank. */
    public void raiseAttention(OffsetDateTime now) {
        nextCheckAt = null;
        needsAttention = true;
        updatedAt = now;
    }

    public int getStatusChecks() {
        return statusChecks;
    }

    public OffsetDateTime getNextCheckAt() {
        return nextCheckAt;
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }

    public Long getId() {
        return id;
    }

    public long getCollectionId() {
        return collectionId;
    }

    public OperationKind getKind() {
        return kind;
    }

    public String getOperationId() {
        return operationId;
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    public State getState() {
        return state;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getReason() {
        return reason;
    }

    public String getBankMessage() {
        return bankMessage;
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

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
