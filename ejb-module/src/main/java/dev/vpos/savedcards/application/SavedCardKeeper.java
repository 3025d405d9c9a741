package dev.vpos.savedcards.application;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.gateway.domain.SavedCardToken;
import dev.vpos.notifications.application.CardKeptByProvider;
import dev.vpos.savedcards.domain.SavedCard;
import dev.vpos.savedcards.infrastructure.SavedCardRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the card a provider stored at the payer's request ({@link CardKeptByProvider}, fired with the approval that
 * carried it) for the customer account and definition: one row per card — the same token again, or a new token for
 * a card with the same last four digits, brand and expiry, refreshes that row (and brings back a deleted one: the
 * payer agreed again). Runs after the approval committed, on a managed thread, so that a problem here can never
 * undo a payment and no database work happens in the thread completing the approval's transaction.
 */
@ApplicationScoped
public class SavedCardKeeper {

    private static final Logger LOG = Logger.getLogger(SavedCardKeeper.class.getName());

    @Inject
    SavedCardRepository cards;

    @Inject
    SecretSealer sealer;

    @Inject
    Clock clock;

    @Inject
    SavedCardKeeper self;

    @Resource
    ManagedExecutorService executor;

    void onCardKept(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardKeptByProvider event) {
        executor.submit(() -> {
            try {
                self.keep(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not keep the saved card of collection " + event.collectionId(), e);
            }
        });
    }

    /** Stores or refreshes the card; returns its id. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public long keep(CardKeptByProvider e) {
        SavedCardToken t = e.token();
        String digest = SavedCardSeal.digest(e.definitionId(), t.token());
        String sealed = sealer.seal(t.token(), SavedCardSeal.purpose(e.definitionId()));
        OffsetDateTime now = OffsetDateTimes.now(clock);
        Optional<SavedCard> same = cards.byToken(e.customerAccountId(), e.definitionId(), digest)
                .or(() -> cards.activeEndingIn(e.customerAccountId(), e.definitionId(), t.last4()).stream()
                        .filter(c -> same(c.getBrand(), t.brand()) && same(c.getExpiry(), t.expiry()))
                        .findFirst());
        if (same.isPresent()) {
            same.get().refresh(sealed, digest, t.brand(), t.expiry(), e.collectionId(), now);
            LOG.info(() -> "Saved card " + same.get().getId() + " (" + t + ") of customer account "
                    + e.customerAccountId() + " refreshed by collection " + e.collectionId());
            return same.get().getId();
        }
        SavedCard card = new SavedCard(
                e.companyId(),
                e.customerAccountId(),
                e.definitionId(),
                cards.familyOfDefinition(e.definitionId()),
                sealed,
                digest,
                t.last4(),
                t.brand(),
                t.expiry(),
                e.collectionId(),
                now);
        cards.add(card);
        LOG.info(() -> "Saved card " + card.getId() + " (" + t + ") kept for customer account " + e.customerAccountId()
                + " on definition " + e.definitionId());
        return card.getId();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
