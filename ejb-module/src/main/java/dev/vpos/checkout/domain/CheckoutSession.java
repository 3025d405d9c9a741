package dev.vpos.checkout.domain;

import dev.vpos.collection.domain.Channel;
import dev.vpos.gateway.domain.AuthorizationKind;
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
 * A portal's request for a payment: what to pay (order or balance), how much, for whom, and where to send the payer
 * back. The payer pays on our hosted page; the portal never sees the card.
 */
@Entity
@Table(name = "checkout_session")
public class CheckoutSession {

    /**
     * OPEN until paid; FAILED attempts leave it OPEN for another try until it expires. CANCELLED: a payment link's
     * session its collector withdrew before anything was paid.
     */
    public enum State {
        OPEN,
        PAID,
        EXPIRED,
        CANCELLED
    }

    @Id
    @SequenceGenerator(name = "checkout_session_seq", sequenceName = "checkout_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checkout_session_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "customer_account_id", nullable = false)
    private long customerAccountId;

    @Column(name = "document_id")
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "reference_text", nullable = false, length = 100)
    private String referenceText;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "locale", length = 35)
    private String locale;

    @Column(name = "return_url", nullable = false, length = 1000)
    private String returnUrl;

    @Column(name = "notification_url", length = 1000)
    private String notificationUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "notified_at")
    private OffsetDateTime notifiedAt;

    @Column(name = "notification_attempts", nullable = false)
    private int notificationAttempts;

    @Column(name = "idempotency_key", length = 255)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    /** A payment was started from our own page: the bank's or provider's return goes to our result page. */
    @Column(name = "result_page", nullable = false)
    private boolean resultPage;

    /** SALE (default), or PRE_AUTH: the payer's payment only reserves the amount, captured or voided later. */
    @Enumerated(EnumType.STRING)
    @Column(name = "authorization_kind", nullable = false, length = 10)
    private AuthorizationKind authorizationKind = AuthorizationKind.SALE;

    @Version
    private long version;

    protected CheckoutSession() {}

    public CheckoutSession(
            String publicId,
            long companyId,
            long customerAccountId,
            Long documentId,
            Channel channel,
            String referenceText,
            Money amount,
            String returnUrl,
            String notificationUrl,
            String idempotencyKey,
            String requestFingerprint,
            String createdBy,
            OffsetDateTime now,
            OffsetDateTime expiresAt,
            String locale) {
        this.publicId = publicId;
        this.companyId = companyId;
        this.customerAccountId = customerAccountId;
        this.documentId = documentId;
        this.channel = channel;
        this.referenceText = referenceText;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.returnUrl = returnUrl;
        this.notificationUrl = notificationUrl;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdBy = createdBy;
        this.state = State.OPEN;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.locale = locale;
    }

    /** The portal asked for an authorisation hold: the payer's payment pre-authorises instead of selling. */
    public CheckoutSession authorizing(AuthorizationKind kind) {
        this.authorizationKind = kind == null ? AuthorizationKind.SALE : kind;
        return this;
    }

    public AuthorizationKind getAuthorizationKind() {
        return authorizationKind == null ? AuthorizationKind.SALE : authorizationKind;
    }

    /** The language the portal chose for the payer's page (a language tag), or null: the payer's browser decides. */
    public String getLocale() {
        return locale;
    }

    public boolean payable(OffsetDateTime now) {
        return state == State.OPEN && now.isBefore(expiresAt);
    }

    /** The payer submitted the hosted page once more. */
    public void attemptStarted() {
        attempts++;
    }

    /** The latest attempt is this collection. */
    public void attempt(long collection) {
        collectionId = collection;
    }

    /** The payer pays from our page, which shows the result before the way back. */
    public void paysFromPage() {
        resultPage = true;
    }

    public boolean isResultPage() {
        return resultPage;
    }

    /** A payment link withdrawn: nothing more may be paid. Only an OPEN session (the caller holds its row lock). */
    public boolean cancel() {
        if (state != State.OPEN) {
            return false;
        }
        state = State.CANCELLED;
        return true;
    }

    public void paid(long collection) {
        collectionId = collection;
        state = State.PAID;
    }

    public void notified(OffsetDateTime at) {
        notificationAttempts++;
        notifiedAt = at;
    }

    public void notificationFailed() {
        notificationAttempts++;
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getCustomerAccountId() {
        return customerAccountId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getReferenceText() {
        return referenceText;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public String getNotificationUrl() {
        return notificationUrl;
    }

    public State getState() {
        return state;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNotifiedAt() {
        return notifiedAt;
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

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
