package dev.vpos.notifications.domain;

import dev.vpos.collection.domain.BankReferences;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One notification a provider sent us, stored before it was acknowledged: what the adapter made of it (authentic or
 * not, event, order, kind, amount), the payload masked, and what processing it did.
 */
@Entity
@Table(name = "provider_notification")
public class ProviderNotification {

    private static final int PAYLOAD_MAX = 16000;

    @Id
    @SequenceGenerator(
            name = "provider_notification_seq",
            sequenceName = "provider_notification_seq",
            allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_notification_seq")
    private Long id;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GatewayFamily family;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(nullable = false)
    private boolean authentic;

    @Column(length = 500)
    private String rejection;

    @Column(name = "event_id", length = 200)
    private String eventId;

    @Column(name = "first_event_key", length = 230)
    private String firstEventKey;

    @Column(name = "bank_order_id", length = 64)
    private String bankOrderId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private NotificationKind kind;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;

    @Column(name = "bank_code", length = 64)
    private String bankCode;

    @Column(name = "bank_message", length = 500)
    private String bankMessage;

    @Column(name = "auth_code", length = 30)
    private String authCode;

    @Column(name = "host_ref_num", length = 64)
    private String hostRefNum;

    @Column(name = "trans_id", length = 100)
    private String transId;

    @Column(name = "bank_references", length = 2000)
    private String bankReferences;

    @Column(name = "masked_payload", nullable = false, length = PAYLOAD_MAX)
    private String maskedPayload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationStatus status;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "outcome_note", length = 500)
    private String outcomeNote;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "processed_at")
    private OffsetDateTime processedAt;

    @Column(name = "needs_attention", nullable = false)
    private boolean needsAttention;

    protected ProviderNotification() {}

    /**
     * @param firstOfEvent false when an earlier notification of the same event is already stored (a resend)
     */
    public ProviderNotification(
            long definitionId,
            long companyId,
            GatewayFamily family,
            NotificationVerdict v,
            boolean firstOfEvent,
            OffsetDateTime receivedAt) {
        this.definitionId = definitionId;
        this.companyId = companyId;
        this.family = family;
        this.receivedAt = receivedAt;
        this.authentic = v.authentic();
        this.rejection = cut(v.rejection(), 500);
        this.eventId = cut(v.eventId(), 200);
        this.bankOrderId = cut(v.bankOrderId(), 64);
        this.kind = v.kind();
        if (v.amount() != null) {
            this.amount = v.amount().amount();
            this.currency = v.amount().currencyCode();
        }
        if (v.result() != null) {
            this.bankCode = cut(v.result().bankCode(), 64);
            this.bankMessage = cut(v.result().bankMessage(), 500);
            this.authCode = cut(v.result().authCode(), 30);
            this.hostRefNum = cut(v.result().hostRefNum(), 64);
            this.transId = cut(v.result().transId(), 100);
            this.bankReferences = BankReferences.write(v.result().references());
        }
        this.maskedPayload = cut(v.maskedPayload(), PAYLOAD_MAX);
        if (!v.authentic()) {
            this.status = NotificationStatus.REJECTED;
        } else if (firstOfEvent) {
            this.status = NotificationStatus.RECEIVED;
            this.firstEventKey = eventKey(definitionId, v.eventId());
        } else {
            this.status = NotificationStatus.DUPLICATE;
        }
    }

    /** The provider's codes as a gateway result of {@code outcome}, for the collection and its batch record. */
    public GatewayResult result(GatewayOutcome outcome) {
        return new GatewayResult(
                outcome,
                bankCode,
                bankMessage,
                authCode,
                hostRefNum,
                transId,
                BankReferences.read(bankReferences),
                new BankExchange(null, 0, null, maskedPayload, null));
    }

    /** The unique key of an event at a definition. */
    public static String eventKey(long definitionId, String eventId) {
        return cut(definitionId + ":" + eventId, 230);
    }

    public void processed(NotificationStatus outcome, Long collectionId, String note, OffsetDateTime now) {
        this.status = outcome;
        this.collectionId = collectionId;
        this.outcomeNote = cut(note, 500);
        this.attempts++;
        this.processedAt = now;
        this.needsAttention = outcome == NotificationStatus.UNMATCHED || outcome == NotificationStatus.MISMATCH;
    }

    /** Finance looked at it (e.g. the unknown order was a test from the provider's dashboard). */
    public void acknowledgeAttention(String note, OffsetDateTime now) {
        this.needsAttention = false;
        this.outcomeNote = cut(note, 500);
        this.processedAt = now;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public GatewayFamily getFamily() {
        return family;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public boolean isAuthentic() {
        return authentic;
    }

    public String getRejection() {
        return rejection;
    }

    public String getEventId() {
        return eventId;
    }

    public String getBankOrderId() {
        return bankOrderId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getAuthCode() {
        return authCode;
    }

    public String getTransId() {
        return transId;
    }

    public String getMaskedPayload() {
        return maskedPayload;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getProcessedAt() {
        return processedAt;
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }
}
