package dev.vpos.approvals.domain;

import dev.vpos.collection.domain.OperationKind;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A refund, void or cancel that waits for a second pair of eyes (issue #13 item 8). Nothing was sent to the bank; a
 * different user with the FINANCE role approves it (the follow-up then runs) or rejects it. Both are kept: who, when.
 */
@Entity
@Table(name = "refund_approval")
public class RefundApproval {

    /** PENDING until a second user decides; APPROVED sent the follow-up (see operationId), REJECTED sent nothing. */
    public enum State {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @SequenceGenerator(name = "refund_approval_seq", sequenceName = "refund_approval_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_approval_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @Column(name = "collection_id", nullable = false)
    private long collectionId;

    @Column(name = "collection_reference", nullable = false, length = 36)
    private String collectionReference;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false, length = 10)
    private String requested;

    @Enumerated(EnumType.STRING)
    @Column(name = "expected_kind", nullable = false, length = 10)
    private OperationKind expectedKind;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "wait_reasons", nullable = false, length = 100)
    private String waitReasons;

    @Column(precision = 19, scale = 4)
    private BigDecimal threshold;

    @Column(name = "sale_taken_by", length = 100)
    private String saleTakenBy;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(nullable = false, length = 30)
    private String channel;

    @Column(name = "idempotency_key", length = 255)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "operation_id", length = 64)
    private String operationId;

    @Version
    private long version;

    protected RefundApproval() {}

    /** What the requester asked for, and why it waits. */
    public record Request(
            String reference,
            long collectionId,
            String collectionReference,
            long companyId,
            String requested,
            OperationKind expectedKind,
            Money amount,
            List<WaitReason> reasons,
            BigDecimal threshold,
            String saleTakenBy,
            String requestedBy,
            String channel,
            String idempotencyKey,
            String requestFingerprint) {}

    public RefundApproval(Request r, OffsetDateTime now) {
        this.reference = Objects.requireNonNull(r.reference());
        this.collectionId = r.collectionId();
        this.collectionReference = r.collectionReference();
        this.companyId = r.companyId();
        this.requested = r.requested();
        this.expectedKind = r.expectedKind();
        this.amount = r.amount().amount();
        this.currency = r.amount().currencyCode();
        this.waitReasons = r.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
        this.threshold = r.threshold();
        this.saleTakenBy = r.saleTakenBy();
        this.requestedBy = r.requestedBy();
        this.requestedAt = now;
        this.channel = r.channel();
        this.idempotencyKey = r.idempotencyKey();
        this.requestFingerprint = r.requestFingerprint();
        this.state = State.PENDING;
    }

    public void approve(String approver, OffsetDateTime now) {
        decide(State.APPROVED, approver, null, now);
    }

    public void reject(String approver, String note, OffsetDateTime now) {
        decide(State.REJECTED, approver, note, now);
    }

    private void decide(State to, String approver, String note, OffsetDateTime now) {
        if (state != State.PENDING) {
            throw new IllegalTransitionException(reference, state, to);
        }
        state = to;
        decidedBy = approver;
        decidedAt = now;
        decisionNote = note;
    }

    /**
     * The approved follow-up was refused before it reached the bank (nothing was sent, e.g. the collection changed
     * between the approval and the send): the request waits again, for a new decision, the refusal noted.
     */
    public void sendRefused(String refusal) {
        if (state != State.APPROVED || operationId != null) {
            throw new IllegalTransitionException(reference, state, State.PENDING);
        }
        String note = "Not sent after the approval by " + decidedBy + ": " + refusal;
        state = State.PENDING;
        decidedBy = null;
        decidedAt = null;
        decisionNote = note.length() > 500 ? note.substring(0, 500) : note;
    }

    /** The follow-up the approval sent (its operation id). */
    public void sent(String operationId) {
        this.operationId = operationId;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getCollectionId() {
        return collectionId;
    }

    public String getCollectionReference() {
        return collectionReference;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getRequested() {
        return requested;
    }

    public OperationKind getExpectedKind() {
        return expectedKind;
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    public List<WaitReason> reasons() {
        return Arrays.stream(waitReasons.split(",")).map(WaitReason::valueOf).toList();
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getSaleTakenBy() {
        return saleTakenBy;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getChannel() {
        return channel;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public State getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getOperationId() {
        return operationId;
    }
}
