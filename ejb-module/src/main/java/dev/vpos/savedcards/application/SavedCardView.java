package dev.vpos.savedcards.application;

import java.time.OffsetDateTime;

/** A saved card as people may see it: never the token, never more of the number than the last four digits. */
public record SavedCardView(
        long id,
        long companyId,
        long customerAccountId,
        long definitionId,
        String family,
        String last4,
        String brand,
        String expiry,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** "VISA ending 1234" */
    public String label() {
        return (brand == null || brand.isBlank() ? "Card" : brand) + " ending " + last4;
    }
}
