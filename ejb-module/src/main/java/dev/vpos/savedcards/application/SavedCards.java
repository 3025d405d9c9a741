package dev.vpos.savedcards.application;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.savedcards.domain.SavedCard;
import dev.vpos.savedcards.infrastructure.SavedCardRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The cards providers keep for customers: listed and deleted by finance and admins, offered to the payer at checkout
 * (for the session's customer account and the definition being paid with), deleted by the payer from the hosted page,
 * and opened — the provider's token, in memory only — for a payment with a saved card. myPOS has no call to forget a
 * stored card (its Checkout API only stores and updates them), so a deleted card is forgotten here: it is never
 * offered or paid with again. Each call is a short transaction of its own.
 */
@ApplicationScoped
public class SavedCards {

    private static final Logger LOG = Logger.getLogger(SavedCards.class.getName());

    @Inject
    SavedCardRepository cards;

    @Inject
    SecretSealer sealer;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    /** The customer's saved cards (not deleted), newest first; 404 for an unknown company or customer account. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<SavedCardView> of(long companyId, long customerAccountId) {
        requireCustomer(companyId, customerAccountId);
        return active(companyId, customerAccountId).stream()
                .map(SavedCards::view)
                .toList();
    }

    /** What the hosted page may offer for a payment with this definition: saved, not deleted, not expired. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<SavedCardView> forCheckout(long companyId, long customerAccountId, long definitionId) {
        YearMonth now = YearMonth.now(clock);
        return active(companyId, customerAccountId).stream()
                .filter(c -> c.getDefinitionId() == definitionId)
                .filter(c -> !expired(c.getExpiry(), now))
                .map(SavedCards::view)
                .toList();
    }

    /** The provider's token of a saved card of this customer and definition, to pay with; empty when there is none. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<String> token(long companyId, long customerAccountId, long definitionId, long cardId) {
        return find(companyId, customerAccountId, cardId)
                .filter(c -> !c.isDeleted())
                .filter(c -> c.getDefinitionId() == definitionId)
                .map(c -> sealer.open(c.getTokenSealed(), SavedCardSeal.purpose(c.getDefinitionId())));
    }

    /**
     * Deletes a saved card of this customer (finance, an admin, or the payer on the hosted page): it is no longer
     * offered. Deleting a deleted card changes nothing; a card of another customer is not found.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public SavedCardView delete(long companyId, long customerAccountId, long cardId, String actor) {
        SavedCard card = find(companyId, customerAccountId, cardId)
                .orElseThrow(() -> new NotFoundException("savedCard.notFound", String.valueOf(cardId)));
        cards.lock(card);
        if (!card.isDeleted()) {
            card.delete(actor, OffsetDateTimes.now(clock));
            LOG.info(() -> "Saved card " + card.getId() + " (" + card.getBrand() + " ending " + card.getLast4()
                    + ") of customer account " + customerAccountId + " deleted by " + actor);
        }
        return view(card);
    }

    private Optional<SavedCard> find(long companyId, long customerAccountId, long cardId) {
        return cards.find(cardId)
                .filter(c -> c.getCompanyId() == companyId && c.getCustomerAccountId() == customerAccountId);
    }

    private List<SavedCard> active(long companyId, long customerAccountId) {
        return cards.active(companyId, customerAccountId);
    }

    private void requireCustomer(long companyId, long customerAccountId) {
        if (erp.company(companyId).isEmpty()) {
            throw new NotFoundException("error.notFound", "company " + companyId);
        }
        if (erp.customerAccount(companyId, customerAccountId).isEmpty()) {
            throw new NotFoundException("customerAccount.notFound", String.valueOf(customerAccountId));
        }
    }

    /** MM/YY before this month; an expiry we cannot read is not held against the card. */
    static boolean expired(String mmYy, YearMonth now) {
        if (mmYy == null || !mmYy.matches("\\d{2}/\\d{2}")) {
            return false;
        }
        int month = Integer.parseInt(mmYy.substring(0, 2));
        return month >= 1
                && month <= 12
                && YearMonth.of(2000 + Integer.parseInt(mmYy.substring(3)), month)
                        .isBefore(now);
    }

    static SavedCardView view(SavedCard c) {
        return new SavedCardView(
                c.getId(),
                c.getCompanyId(),
                c.getCustomerAccountId(),
                c.getDefinitionId(),
                c.getFamily().name(),
                c.getLast4(),
                c.getBrand(),
                c.getExpiry(),
                c.getCreatedAt(),
                c.getUpdatedAt());
    }
}
