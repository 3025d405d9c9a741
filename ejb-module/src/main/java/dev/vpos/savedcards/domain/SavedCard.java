package dev.vpos.savedcards.domain;

import dev.vpos.gateway.domain.GatewayFamily;
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
import java.time.OffsetDateTime;

/**
 * A card a provider keeps for one customer account on one definition, after the payer agreed (myPOS CardToken).
 * The provider's token is held sealed ({@code tokenSealed}); {@code tokenDigest} recognises the same card again.
 * What the payer may be shown: the last four digits, the brand and the expiry. A deleted card keeps its row with
 * who deleted it and when; the payer saving it again brings it back.
 */
@Entity
@Table(name = "saved_card")
public class SavedCard {

    @Id
    @SequenceGenerator(name = "saved_card_seq", sequenceName = "saved_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_card_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "customer_account_id", nullable = false)
    private long customerAccountId;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GatewayFamily family;

    @Column(name = "token_sealed", nullable = false, length = 1000)
    private String tokenSealed;

    @Column(name = "token_digest", nullable = false, length = 64)
    private String tokenDigest;

    @Column(nullable = false, length = 4)
    private String last4;

    @Column(length = 30)
    private String brand;

    @Column(length = 7)
    private String expiry;

    @Column(name = "last_collection_id")
    private Long lastCollectionId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(name = "deleted_by", length = 100)
    private String deletedBy;

    @Version
    private long version;

    protected SavedCard() {}

    public SavedCard(
            long companyId,
            long customerAccountId,
            long definitionId,
            GatewayFamily family,
            String tokenSealed,
            String tokenDigest,
            String last4,
            String brand,
            String expiry,
            Long collectionId,
            OffsetDateTime now) {
        this.companyId = companyId;
        this.customerAccountId = customerAccountId;
        this.definitionId = definitionId;
        this.family = family;
        this.tokenSealed = tokenSealed;
        this.tokenDigest = tokenDigest;
        this.last4 = last4;
        this.brand = brand;
        this.expiry = expiry;
        this.lastCollectionId = collectionId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The same card kept again (a new payment with consent): fresh token and details, alive again if deleted. */
    public void refresh(
            String tokenSealed,
            String tokenDigest,
            String brand,
            String expiry,
            Long collectionId,
            OffsetDateTime now) {
        this.tokenSealed = tokenSealed;
        this.tokenDigest = tokenDigest;
        this.brand = brand;
        this.expiry = expiry;
        this.lastCollectionId = collectionId;
        this.updatedAt = now;
        this.deletedAt = null;
        this.deletedBy = null;
    }

    public void delete(String actor, OffsetDateTime now) {
        if (deletedAt == null) {
            deletedAt = now;
            deletedBy = actor;
            updatedAt = now;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Re-sealed under another master key (same token). */
    public void resealed(String tokenSealed) {
        this.tokenSealed = tokenSealed;
    }

    public Long getId() {
        return id;
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

    public String getTokenSealed() {
        return tokenSealed;
    }

    public String getTokenDigest() {
        return tokenDigest;
    }

    public String getLast4() {
        return last4;
    }

    public String getBrand() {
        return brand;
    }

    public String getExpiry() {
        return expiry;
    }

    public Long getLastCollectionId() {
        return lastCollectionId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    @Override
    public String toString() {
        return "SavedCard[" + id + ", " + brand + " ending " + last4 + ", customer " + customerAccountId
                + ", definition " + definitionId + (deletedAt == null ? "" : ", deleted") + "]";
    }
}
