package dev.vpos.routing.domain;

import dev.vpos.bins.domain.CardProfile;
import dev.vpos.shared.domain.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A card programme's plus-installment campaign as a company runs it: "+{@code extraInstallments} on
 * {@code minimumInstallments} or more", from {@code validFrom} to {@code validTo} (both days included, in the business
 * zone). The bank adds the extra installments at no cost to the payer; the merchant still sends the ordinary count,
 * so a campaign only changes what is shown to the payer, never what is sent to the bank.
 */
public record PlusInstallmentCampaign(
        String programme, int extraInstallments, int minimumInstallments, LocalDate validFrom, LocalDate validTo) {

    public static final int MAX_PROGRAMME_LENGTH = 40;
    public static final int MAX_EXTRA = 12;
    public static final int MAX_INSTALLMENTS = 36;

    /**
     * The extra installments the bank adds for a payment in {@code installments} on this card today, 0 when the
     * campaign does not apply: another programme or none, a card that may not have installments at all (debit,
     * issued abroad), fewer installments than the minimum, or a day outside the campaign.
     */
    public int extraFor(CardProfile card, int installments, LocalDate today, String homeCountry) {
        if (card == null
                || card.programme() == null
                || !card.programme().equalsIgnoreCase(programme)
                || !card.installmentsAllowed(homeCountry)
                || extraOn(installments) == 0
                || today.isBefore(validFrom)
                || today.isAfter(validTo)) {
            return 0;
        }
        return extraInstallments;
    }

    /** The extra installments on {@code installments} once the campaign applies to the card today: 0 below the minimum. */
    public int extraOn(int installments) {
        return installments >= 2 && installments >= minimumInstallments ? extraInstallments : 0;
    }

    /** What is wrong with a campaign as entered, each problem under {@code prefix + field}. */
    public static List<FieldError> check(
            String prefix,
            String programme,
            Integer extraInstallments,
            Integer minimumInstallments,
            LocalDate validFrom,
            LocalDate validTo) {
        List<FieldError> errors = new ArrayList<>();
        if (programme == null || programme.isBlank() || programme.strip().length() > MAX_PROGRAMME_LENGTH) {
            errors.add(FieldError.of(prefix + "programme", "campaign.programmeRequired", MAX_PROGRAMME_LENGTH));
        }
        if (extraInstallments == null || extraInstallments < 1 || extraInstallments > MAX_EXTRA) {
            errors.add(FieldError.of(prefix + "extraInstallments", "campaign.extraRange", MAX_EXTRA));
        }
        if (minimumInstallments == null || minimumInstallments < 2 || minimumInstallments > MAX_INSTALLMENTS) {
            errors.add(FieldError.of(prefix + "minimumInstallments", "campaign.minimumRange", MAX_INSTALLMENTS));
        }
        if (validFrom == null) {
            errors.add(FieldError.of(prefix + "validFrom", "field.required"));
        }
        if (validTo == null) {
            errors.add(FieldError.of(prefix + "validTo", "field.required"));
        } else if (validFrom != null && validTo.isBefore(validFrom)) {
            errors.add(FieldError.of(prefix + "validTo", "campaign.endsBeforeStart"));
        }
        return errors;
    }
}
