package dev.vpos.collection.domain;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
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
import java.util.Objects;
import java.util.Optional;

/**
 * One card payment attempt. Written INITIATED before the bank is called; every later change goes through
 * {@link #moveTo}, which enforces {@link CollectionState}'s transitions and returns the history row.
 */
@Entity
@Table(name = "collection")
public class Collection {

    @Id
    @SequenceGenerator(name = "collection_seq", sequenceName = "collection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_seq")
    private Long id;

    @Column(nullable = false, length = 36)
    private String reference;

    @Column(name = "bank_order_id", nullable = false, length = 64)
    private String bankOrderId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "customer_account_id", nullable = false)
    private long customerAccountId;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GatewayFamily family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private int installments;

    @Column(name = "masked_pan", nullable = false, length = 19)
    private String maskedPan;

    @Column(name = "card_brand", nullable = false, length = 20)
    private String cardBrand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CollectionState state;

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

    @Column(name = "next_status_check_at")
    private OffsetDateTime nextStatusCheckAt;

    @Column(name = "needs_attention", nullable = false)
    private boolean needsAttention;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "authorization_kind", nullable = false, length = 10)
    private AuthorizationKind authorizationKind = AuthorizationKind.SALE;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_model", nullable = false, length = 20)
    private PaymentModel paymentModel = PaymentModel.REGULAR;

    @Column(name = "captured_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal capturedAmount = BigDecimal.ZERO;

    @Column(name = "refunded_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    @Column(name = "bank_references", length = 2000)
    private String bankReferences;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "pending_until")
    private OffsetDateTime pendingUntil;

    @Column(name = "cardholder_name", length = 100)
    private String cardholderName;

    @Column(name = "checkout_session_id")
    private Long checkoutSessionId;

    @Column(name = "discount_amount", precision = 19, scale = 4)
    private java.math.BigDecimal discountAmount;

    /** The part of {@link #amount} the payer paid above the document amount (installment commission passed on). */
    @Column(name = "surcharge_amount", precision = 19, scale = 4)
    private java.math.BigDecimal surchargeAmount;

    @Column(name = "route_reason", length = 12)
    private String routeReason;

    @Column(name = "route_detail", length = 120)
    private String routeDetail;

    @Column(name = "failed_over_from")
    private Long failedOverFrom;

    @Version
    private long version;

    protected Collection() {}

    public Collection(CollectionDraft draft, OffsetDateTime now) {
        Objects.requireNonNull(draft, "draft");
        this.reference = draft.reference();
        this.bankOrderId = draft.bankOrderId();
        this.companyId = draft.companyId();
        this.customerAccountId = draft.customerAccountId();
        this.definitionId = draft.definitionId();
        this.family = draft.family();
        this.channel = draft.channel();
        this.amount = draft.amount().amount();
        this.currency = draft.amount().currencyCode();
        this.installments = draft.installments();
        this.maskedPan = draft.maskedPan();
        this.cardBrand = draft.cardBrand();
        this.idempotencyKey = draft.idempotencyKey();
        this.requestFingerprint = draft.requestFingerprint();
        this.createdBy = draft.createdBy();
        this.authorizationKind = draft.kind();
        this.paymentModel = draft.model();
        this.documentId = draft.documentId();
        this.checkoutSessionId = draft.checkoutSessionId();
        this.cardholderName = draft.cardholderName();
        this.discountAmount = draft.discount() == null || !draft.discount().isPositive()
                ? null
                : draft.discount().amount();
        this.surchargeAmount = draft.surcharge() == null || !draft.surcharge().isPositive()
                ? null
                : draft.surcharge().amount();
        this.state = CollectionState.INITIATED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The first history row, for the INITIATED state itself. */
    public StateChange initialStateChange() {
        return new StateChange(id, null, CollectionState.INITIATED, createdBy, createdAt, channel.name(), null, null);
    }

    /** Moves to {@code next} with the bank's codes, or fails if the transition is not allowed. */
    public StateChange moveTo(CollectionState next, BankVerdict verdict, String actor, OffsetDateTime now) {
        return moveTo(next, verdict, new Cause(actor, channel.name(), null, null), now);
    }

    /**
     * Moves to {@code next} with the bank's codes and records who did it, through which channel, because of which
     * bank interaction. An approval of a sale counts as captured in full.
     */
    public StateChange moveTo(CollectionState next, BankVerdict verdict, Cause cause, OffsetDateTime now) {
        String actor = cause.actor();
        if (!state.canMoveTo(next)) {
            throw new IllegalTransitionException(reference, state, next);
        }
        CollectionState previous = state;
        state = next;
        bankCode = verdict.bankCode();
        reason = verdict.reason();
        bankMessage = truncate(verdict.bankMessage(), 500);
        if (verdict.authCode() != null) {
            authCode = verdict.authCode();
        }
        if (verdict.hostRefNum() != null) {
            hostRefNum = verdict.hostRefNum();
        }
        if (verdict.transId() != null) {
            bankTransId = verdict.transId();
        }
        updatedAt = now;
        if (next == CollectionState.APPROVED) {
            approvedAt = now;
            if (authorizationKind == AuthorizationKind.SALE) {
                capturedAmount = amount;
            }
            bankReferences = BankReferences.write(verdict.references());
        }
        if (next.isSettled()) {
            nextStatusCheckAt = null;
            needsAttention = false;
            pendingUntil = null;
        }
        return new StateChange(id, previous, next, actor, now, cause.channel(), cause.interactionId(), cause.note());
    }

    /** A follow-up (capture, void, refund) approved by the bank moves the collection and its amounts. */
    public StateChange applyFollowUp(OperationKind kind, Money operationAmount, Cause cause, OffsetDateTime now) {
        CollectionState previous = state;
        CollectionState next = switch (kind) {
            case CAPTURE -> CollectionState.CAPTURED;
            case VOID -> CollectionState.VOIDED;
            case REFUND ->
                refundedAmount.add(operationAmount.amount()).compareTo(capturedAmount) >= 0
                        ? CollectionState.REFUNDED
                        : CollectionState.PARTIALLY_REFUNDED;
        };
        if (!state.canMoveTo(next)) {
            throw new IllegalTransitionException(reference, state, next);
        }
        switch (kind) {
            case CAPTURE -> {
                capturedAmount = operationAmount.amount();
                approvedAt = now;
            }
            case REFUND -> refundedAmount = refundedAmount.add(operationAmount.amount());
            case VOID -> {}
        }
        state = next;
        updatedAt = now;
        return new StateChange(
                id, previous, next, cause.actor(), now, cause.channel(), cause.interactionId(), cause.note());
    }

    /** The payer is at the bank's 3-D page until {@code until}. */
    public StateChange awaitThreeDs(OffsetDateTime until, Cause cause, OffsetDateTime now) {
        if (!state.canMoveTo(CollectionState.PENDING_3DS)) {
            throw new IllegalTransitionException(reference, state, CollectionState.PENDING_3DS);
        }
        CollectionState previous = state;
        state = CollectionState.PENDING_3DS;
        pendingUntil = until;
        updatedAt = now;
        return new StateChange(
                id, previous, state, cause.actor(), now, cause.channel(), cause.interactionId(), cause.note());
    }

    /** What may still be captured (a pre-authorisation not yet captured). */
    public Money capturable() {
        boolean open = authorizationKind == AuthorizationKind.PRE_AUTH && state == CollectionState.APPROVED;
        return Money.of(open ? amount : BigDecimal.ZERO, currency);
    }

    /** What may still be refunded: captured minus refunded. */
    public Money refundable() {
        boolean settledMoney = state == CollectionState.CAPTURED
                || state == CollectionState.PARTIALLY_REFUNDED
                || (state == CollectionState.APPROVED && authorizationKind == AuthorizationKind.SALE);
        return Money.of(settledMoney ? capturedAmount.subtract(refundedAmount) : BigDecimal.ZERO, currency);
    }

    public java.util.Map<String, String> bankReferences() {
        return BankReferences.read(bankReferences);
    }

    /** The time the money was taken (approval of a sale, capture of a pre-authorisation). */
    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public AuthorizationKind getAuthorizationKind() {
        return authorizationKind;
    }

    public PaymentModel getPaymentModel() {
        return paymentModel;
    }

    public Money captured() {
        return Money.of(capturedAmount, currency);
    }

    public Money refunded() {
        return Money.of(refundedAmount, currency);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public OffsetDateTime getPendingUntil() {
        return pendingUntil;
    }

    public Long getCheckoutSessionId() {
        return checkoutSessionId;
    }

    public String getCardholderName() {
        return cardholderName;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** Raises the collection to finance (e.g. a follow-up whose outcome is unknown). */
    public void raiseAttention(OffsetDateTime now) {
        needsAttention = true;
        updatedAt = now;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Why the sale went to its definition (routing's reason and its detail), written before the collection is. */
    public void routed(String reason, String detail) {
        this.routeReason = reason;
        this.routeDetail = truncate(detail, 120);
    }

    /**
     * The bank of the definition could not be reached at all (NOT_SENT: no connection was made), so the sale goes to
     * {@code next} instead, keeping its bank order id (the first bank never saw it). Once only, and only while
     * INITIATED: after UNKNOWN or DECLINED the first bank may have acted, and a second bank could charge twice.
     */
    public void failOver(long next, GatewayFamily nextFamily, OffsetDateTime answerBy, OffsetDateTime now) {
        if (state != CollectionState.INITIATED || failedOverFrom != null) {
            throw new IllegalTransitionException(
                    reference, state, failedOverFrom == null ? "FAILOVER" : "SECOND_FAILOVER");
        }
        this.failedOverFrom = this.definitionId;
        this.definitionId = next;
        this.family = Objects.requireNonNull(nextFamily, "nextFamily");
        this.updatedAt = now;
        expectAnswerBy(answerBy);
    }

    public String getRouteReason() {
        return routeReason;
    }

    public String getRouteDetail() {
        return routeDetail;
    }

    public Long getFailedOverFrom() {
        return failedOverFrom;
    }

    /**
     * While INITIATED, the time by which the bank call must have ended (its deadline plus a grace); a collection still
     * INITIATED after it was left by a crash.
     */
    public void expectAnswerBy(OffsetDateTime deadline) {
        nextStatusCheckAt = deadline;
    }

    /** Still INITIATED after its in-flight deadline: the call that wrote it can no longer be waiting for the bank. */
    public boolean isStrandedAt(OffsetDateTime now) {
        return state == CollectionState.INITIATED && nextStatusCheckAt != null && !nextStatusCheckAt.isAfter(now);
    }

    /**
     * This approval repeats {@code earlier} (same customer, card and amount, keyed again after an unknown outcome):
     * it points at it and is raised to finance, who decide whether the customer meant to pay twice.
     */
    public StateChange markDuplicateOf(Collection earlier, String actor, OffsetDateTime now) {
        duplicateOf = earlier.getId();
        needsAttention = true;
        updatedAt = now;
        return new StateChange(
                id,
                state,
                state,
                actor,
                now,
                channel.name(),
                null,
                "repeats the approved collection " + earlier.getReference() + ": raised to finance");
    }

    /**
     * The ERP document could not take {@code notApplied} of this collection's money (it was paid meanwhile through
     * another channel, or a reversal would re-open it above its total): the bank's movement stands, and finance
     * decides — refund the payer, or keep it on the customer's account.
     */
    public StateChange raiseDocumentDifference(String notApplied, String actor, OffsetDateTime now) {
        needsAttention = true;
        updatedAt = now;
        return new StateChange(
                id,
                state,
                state,
                actor,
                now,
                channel.name(),
                null,
                "the ERP document could not take " + notApplied + " of this money (paid meanwhile through another"
                        + " channel?): not applied to it, raised to finance");
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    /** Finance looked at what was raised and settled it with the bank or the customer. */
    public void dismissAttention(OffsetDateTime now) {
        needsAttention = false;
        updatedAt = now;
    }

    /** When the bank is to be asked about this (unknown) collection. */
    public void scheduleStatusCheck(OffsetDateTime at) {
        nextStatusCheckAt = at;
    }

    /**
     * The bank gave no definite answer to a status check: ask again at {@code next}, or, when there is no next
     * time, raise it to finance.
     */
    public void statusStillUnknown(Optional<OffsetDateTime> next, OffsetDateTime now) {
        statusChecks++;
        nextStatusCheckAt = next.orElse(null);
        needsAttention = next.isEmpty();
        updatedAt = now;
    }

    public int getStatusChecks() {
        return statusChecks;
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }

    /** What the payer saved by the method chosen on the hosted page (zero for every other payment). */
    public Money discount() {
        return Money.of(discountAmount == null ? java.math.BigDecimal.ZERO : discountAmount, currency);
    }

    /** What the payer paid above the document amount (zero when the merchant keeps the installment commission). */
    public Money surcharge() {
        return Money.of(surchargeAmount == null ? java.math.BigDecimal.ZERO : surchargeAmount, currency);
    }

    /** The document (invoice, order) amount this collection pays: what was charged less the surcharge. */
    public Money documentAmount() {
        return money().minus(surcharge());
    }

    /**
     * The document's share of {@code charged} (money taken or given back in total, up to the collection's amount):
     * {@code charged × documentAmount / amount}, rounded half-up at the currency's scale, the whole document amount
     * once the whole amount is reached. Without a surcharge it is {@code charged} itself. Differences of two shares
     * (after and before a refund) add up to the document amount exactly, whatever the partial refunds were.
     */
    public Money documentShareOf(Money charged) {
        if (surchargeAmount == null || surchargeAmount.signum() == 0) {
            return charged;
        }
        if (charged.amount().compareTo(amount) >= 0) {
            return documentAmount();
        }
        java.math.BigDecimal share = charged.amount()
                .multiply(documentAmount().amount())
                .divide(amount, Money.currencyScale(charged.currency()), java.math.RoundingMode.HALF_UP);
        return Money.of(share, currency);
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getBankOrderId() {
        return bankOrderId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getCustomerAccountId() {
        return customerAccountId;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public GatewayFamily getFamily() {
        return family;
    }

    public Channel getChannel() {
        return channel;
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

    public CollectionState getState() {
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

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
