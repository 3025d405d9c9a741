package dev.vpos.web.rest.companies;

import dev.vpos.savedcards.application.SavedCardView;
import java.time.OffsetDateTime;

/** What the API answers for {@code SavedCardView}, mapped at the API edge. */
public record SavedCardResponse(
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

    public static SavedCardResponse of(SavedCardView a) {
        return new SavedCardResponse(
                a.id(),
                a.companyId(),
                a.customerAccountId(),
                a.definitionId(),
                a.family(),
                a.last4(),
                a.brand(),
                a.expiry(),
                a.createdAt(),
                a.updatedAt());
    }
}
