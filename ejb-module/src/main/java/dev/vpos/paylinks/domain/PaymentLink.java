package dev.vpos.paylinks.domain;

import dev.vpos.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A payment link a collector sent a payer: the checkout session it opens (its public id is in the link), whom it
 * was mailed to, in which language, until when it may be paid, and what became of it (opened, the mails sent and the
 * last one's failure, cancelled). Whether it was paid is the checkout session's word, not kept here twice.
 */
@Entity
@Table(name = "payment_link")
public class PaymentLink {

    @Id
    @SequenceGenerator(name = "payment_link_seq", sequenceName = "payment_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_link_seq")
    private Long id;

    @Column(name = "checkout_session_id", nullable = false)
    private long checkoutSessionId;

    @Column(name = "session_public_id", nullable = false, length = 36)
    private String sessionPublicId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "customer_account_id", nullable = false)
    private long customerAccountId;

    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    private String cancelledBy;

    @Column(name = "mails_sent", nullable = false)
    private int mailsSent;

    @Column(name = "last_mailed_at")
    private OffsetDateTime lastMailedAt;

    @Column(name = "mail_failure", length = 400)
    private String mailFailure;

    @Column(name = "mail_failed_at")
    private OffsetDateTime mailFailedAt;

    @Version
    private long version;

    protected PaymentLink() {}

    public PaymentLink(
            long checkoutSessionId,
            String sessionPublicId,
            long companyId,
            long customerAccountId,
            Long documentId,
            Money amount,
            String email,
            String language,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        this.checkoutSessionId = checkoutSessionId;
        this.sessionPublicId = Objects.requireNonNull(sessionPublicId, "sessionPublicId is required");
        this.companyId = companyId;
        this.customerAccountId = customerAccountId;
        this.documentId = documentId;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.email = Objects.requireNonNull(email, "email is required");
        this.language = Objects.requireNonNull(language, "language is required");
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The payer opened the link's page; the first time counts. */
    public void opened(OffsetDateTime at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    /** A mail with the link was handed to the SMTP server. */
    public void mailed(OffsetDateTime at) {
        mailsSent++;
        lastMailedAt = at;
        mailFailure = null;
        mailFailedAt = null;
    }

    /** A mail with the link could not be sent: why, for the collector to see and resend. */
    public void mailFailed(OffsetDateTime at, String failure) {
        mailFailure = failure == null ? null : failure.substring(0, Math.min(400, failure.length()));
        mailFailedAt = at;
    }

    public void cancelled(OffsetDateTime at, String by) {
        cancelledAt = at;
        cancelledBy = by;
    }

    /** The link's state, given its checkout session's (OPEN, PAID, EXPIRED, CANCELLED). */
    public LinkState state(String sessionState) {
        return LinkState.of(sessionState, cancelledAt != null, openedAt != null, mailsSent > 0);
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    public Long getId() {
        return id;
    }

    public long getCheckoutSessionId() {
        return checkoutSessionId;
    }

    public String getSessionPublicId() {
        return sessionPublicId;
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

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
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

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public int getMailsSent() {
        return mailsSent;
    }

    public OffsetDateTime getLastMailedAt() {
        return lastMailedAt;
    }

    public String getMailFailure() {
        return mailFailure;
    }

    public OffsetDateTime getMailFailedAt() {
        return mailFailedAt;
    }
}
