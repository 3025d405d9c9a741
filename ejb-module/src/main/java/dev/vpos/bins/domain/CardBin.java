package dev.vpos.bins.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One row of the BIN table: a 6 to 8 digit prefix and the card it describes, with who imported it and when. */
@Entity
@Table(name = "card_bin")
public class CardBin {

    @Id
    @Column(length = 8)
    private String prefix;

    @Column(name = "issuer_code", nullable = false, length = 10)
    private String issuerCode;

    @Column(name = "issuer_name", nullable = false, length = 120)
    private String issuerName;

    @Column(length = 40)
    private String programme;

    @Column(nullable = false, length = 20)
    private String brand;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_type", nullable = false, length = 12)
    private CardType cardType;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected CardBin() {}

    public CardBin(CardProfile p, String importedBy, OffsetDateTime importedAt) {
        this.prefix = Objects.requireNonNull(p, "profile").prefix();
        describe(p, importedBy, importedAt);
    }

    /** Takes the imported row's description (a re-import of the same prefix). */
    public void describe(CardProfile p, String importedBy, OffsetDateTime importedAt) {
        if (!p.prefix().equals(prefix)) {
            throw new IllegalArgumentException("another prefix: " + p.prefix());
        }
        this.issuerCode = p.issuerCode();
        this.issuerName = p.issuerName();
        this.programme = p.programme();
        this.brand = p.brand();
        this.cardType = p.type();
        this.country = p.country();
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    }

    public CardProfile profile() {
        return new CardProfile(prefix, issuerCode, issuerName, programme, brand, cardType, country);
    }

    public String getPrefix() {
        return prefix;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }
}
