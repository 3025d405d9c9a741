package dev.vpos.checkout.application;

import dev.vpos.checkout.domain.CheckoutSession;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.CardTokenUse;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.savedcards.application.SavedCardView;
import dev.vpos.savedcards.application.SavedCards;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Saved cards on the hosted page. For a definition whose provider keeps cards ({@link PaymentGateway#keepsCards()},
 * e.g. myPOS), the payer — known by the
 * checkout session's customer account — is offered the customer's saved cards for that definition ("pay with saved
 * card ending 1234") and the choice to let the provider keep the card entered now; the choice becomes the
 * {@link CardTokenUse} of the payment. The payer may delete a saved card from the page while the session is open.
 * {@code definitionId} is the payment method the payer chose on the page (a definition of the session's company).
 */
@ApplicationScoped
public class SavedCardCheckout {

    @Inject
    CheckoutStore store;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    SavedCards savedCards;

    @Inject
    Clock clock;

    /** What the page may offer: whether the provider keeps cards, and the customer's cards for the definition. */
    public record Offer(boolean keepsCards, long definitionId, List<SavedCardView> cards) {

        static final Offer NONE = new Offer(false, 0, List.of());
    }

    public Offer offer(String sessionId, Long definitionId) {
        CheckoutSession s = session(sessionId);
        Optional<VposDefinition> d = definition(definitionId).filter(x -> x.getCompanyId() == s.getCompanyId());
        if (d.isEmpty() || !keepsCards(d.get())) {
            return Offer.NONE;
        }
        return new Offer(
                true,
                d.get().getId(),
                savedCards.forCheckout(
                        s.getCompanyId(), s.getCustomerAccountId(), d.get().getId()));
    }

    /** The payer's choice as the payment's saved-card instructions; 400 for a card that is not on offer. */
    public CardTokenUse tokenUse(String sessionId, Long definitionId, SavedCardChoice choice) {
        if (choice == null || (choice.savedCardId() == null && !choice.saveCard())) {
            return CardTokenUse.NONE;
        }
        Offer offer = offer(sessionId, definitionId);
        if (!offer.keepsCards()) {
            throw new InvalidInputException(List.of(FieldError.of("savedCard", "savedCard.notOffered")));
        }
        if (choice.savedCardId() == null) {
            return new CardTokenUse(true, null);
        }
        CheckoutSession s = session(sessionId);
        String token = offer.cards().stream().anyMatch(c -> c.id() == choice.savedCardId())
                ? savedCards
                        .token(s.getCompanyId(), s.getCustomerAccountId(), offer.definitionId(), choice.savedCardId())
                        .orElse(null)
                : null;
        if (token == null) {
            throw new InvalidInputException(List.of(FieldError.of("savedCard", "savedCard.notFound")));
        }
        return new CardTokenUse(false, token);
    }

    /** The payer deletes a saved card of the session's customer, while the session can still be paid. */
    public SavedCardView deleteByPayer(String sessionId, long cardId) {
        CheckoutSession s = session(sessionId);
        if (!s.payable(OffsetDateTimes.now(clock))) {
            throw new RuleViolationException("checkout.notPayable", sessionId, s.getState());
        }
        return savedCards.delete(s.getCompanyId(), s.getCustomerAccountId(), cardId, "payer:" + s.getPublicId());
    }

    private boolean keepsCards(VposDefinition d) {
        return gateways.forFamily(d.getFamily()).map(PaymentGateway::keepsCards).orElse(false);
    }

    private Optional<VposDefinition> definition(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(definitions.definition(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private CheckoutSession session(String id) {
        return store.byPublicId(id == null ? "" : id).orElseThrow(() -> new NotFoundException("checkout.notFound", id));
    }
}
