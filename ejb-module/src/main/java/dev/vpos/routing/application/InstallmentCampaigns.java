package dev.vpos.routing.application;

import dev.vpos.bins.domain.CardProfile;
import dev.vpos.routing.domain.InstallmentCampaign;
import dev.vpos.routing.domain.PlusInstallmentCampaign;
import dev.vpos.routing.domain.Router;
import dev.vpos.routing.infrastructure.InstallmentCampaignRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A company's plus-installment campaigns (docs/routing.md): replaced as one list by an admin, every campaign checked
 * first; and which campaign, if any, a card has today (the first in the list that applies), read fresh every time.
 */
@ApplicationScoped
public class InstallmentCampaigns {

    private static final Logger LOG = Logger.getLogger(InstallmentCampaigns.class.getName());
    static final int MAX_CAMPAIGNS = 50;

    /** A campaign as entered; the numbers and dates may be missing (then it is refused by field). */
    public record Entry(
            String programme,
            Integer extraInstallments,
            Integer minimumInstallments,
            LocalDate validFrom,
            LocalDate validTo) {}

    @Inject
    InstallmentCampaignRepository campaigns;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<PlusInstallmentCampaign> of(long companyId) {
        return campaigns.ofCompany(companyId).stream()
                .map(InstallmentCampaign::campaign)
                .toList();
    }

    /** Replaces the company's campaigns with {@code entries}, in that order; an empty list = no campaign. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<PlusInstallmentCampaign> replace(long companyId, List<Entry> entries, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (entries.size() > MAX_CAMPAIGNS) {
            errors.add(FieldError.of("campaigns", "campaign.tooMany", MAX_CAMPAIGNS));
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            errors.addAll(PlusInstallmentCampaign.check(
                    "campaigns[" + i + "].",
                    e.programme(),
                    e.extraInstallments(),
                    e.minimumInstallments(),
                    e.validFrom(),
                    e.validTo()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        campaigns.removeAll(companyId);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            PlusInstallmentCampaign c = new PlusInstallmentCampaign(
                    e.programme().strip(), e.extraInstallments(), e.minimumInstallments(), e.validFrom(), e.validTo());
            campaigns.add(new InstallmentCampaign(companyId, i + 1, c, actor, now));
        }
        LOG.info(() -> "Plus-installment campaigns of company " + companyId + " set by " + actor + ": " + entries.size()
                + " campaign(s)");
        return of(companyId);
    }

    /**
     * The campaign of the card's programme that applies today to some installment count (the first in the company's
     * list), or empty: no card, no programme, a card without installments, no campaign running today.
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<PlusInstallmentCampaign> forCard(long companyId, Optional<CardProfile> card) {
        if (card.isEmpty() || card.get().programme() == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return of(companyId).stream()
                .filter(c ->
                        c.extraFor(card.get(), Math.max(2, c.minimumInstallments()), today, Router.HOME_COUNTRY) > 0)
                .findFirst();
    }
}
