package dev.vpos.txlog.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One bank interaction in the append-only return-code log. Request and response are stored masked. */
@Entity
@Table(name = "bank_interaction")
public class BankInteraction {

    @Id
    @SequenceGenerator(name = "bank_interaction_seq", sequenceName = "bank_interaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_interaction_seq")
    private Long id;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GatewayFamily family;

    @Column(nullable = false, length = 20)
    private String operation;

    @Column(name = "bank_order_id", length = 64)
    private String bankOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GatewayOutcome outcome;

    @Column(name = "bank_code", length = 64)
    private String bankCode;

    @Column(length = 40)
    private String reason;

    @Column(length = 500)
    private String message;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    @Column(name = "masked_request", length = 8000)
    private String maskedRequest;

    @Column(name = "masked_response", length = 8000)
    private String maskedResponse;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    /** The HTTP request that caused the call (its X-Request-Id); none for the janitor's and other scheduled calls. */
    @Column(name = "request_id", length = 64)
    private String requestId;

    protected BankInteraction() {}

    public BankInteraction(InteractionRecord r, OffsetDateTime occurredAt, String requestId) {
        this(r, occurredAt);
        this.requestId = requestId;
    }

    public BankInteraction(InteractionRecord r, OffsetDateTime occurredAt) {
        this.collectionId = r.collectionId();
        this.companyId = r.companyId();
        this.definitionId = r.definitionId();
        this.family = r.family();
        this.operation = r.operation();
        this.bankOrderId = r.bankOrderId();
        this.outcome = r.outcome();
        this.bankCode = r.bankCode();
        this.reason = r.reason();
        this.message = cap(r.message(), 500);
        this.httpStatus = r.httpStatus();
        this.latencyMs = r.latencyMs();
        this.maskedRequest = cap(r.maskedRequest(), 8000);
        this.maskedResponse = cap(r.maskedResponse(), 8000);
        this.occurredAt = occurredAt;
    }

    private static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
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

    public GatewayFamily getFamily() {
        return family;
    }

    public String getOperation() {
        return operation;
    }

    public String getBankOrderId() {
        return bankOrderId;
    }

    public GatewayOutcome getOutcome() {
        return outcome;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getReason() {
        return reason;
    }

    public String getMessage() {
        return message;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public long getLatencyMs() {
        return latencyMs;
    }

    public String getMaskedRequest() {
        return maskedRequest;
    }

    public String getMaskedResponse() {
        return maskedResponse;
    }

    public String getRequestId() {
        return requestId;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }
}
