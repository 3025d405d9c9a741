package dev.vpos.savedcards.infrastructure;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.savedcards.domain.SavedCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The saved_card table; joins the caller's transaction. */
@ApplicationScoped
public class SavedCardRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Inserts at once (flush), so the card's id is known. */
    public void add(SavedCard card) {
        em.persist(card);
        em.flush();
    }

    public Optional<SavedCard> find(long id) {
        return Optional.ofNullable(em.find(SavedCard.class, id));
    }

    /** Locks a card read in this transaction (PESSIMISTIC_WRITE) until the transaction ends. */
    public void lock(SavedCard card) {
        em.lock(card, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The customer's card with this token (by digest) on the definition, deleted or not. */
    public Optional<SavedCard> byToken(long customerAccountId, long definitionId, String tokenDigest) {
        return em.createQuery(
                        "select c from SavedCard c where c.customerAccountId = :a"
                                + " and c.definitionId = :d and c.tokenDigest = :t",
                        SavedCard.class)
                .setParameter("a", customerAccountId)
                .setParameter("d", definitionId)
                .setParameter("t", tokenDigest)
                .getResultStream()
                .findFirst();
    }

    /** The customer's cards (not deleted) on the definition that end in {@code last4}. */
    public List<SavedCard> activeEndingIn(long customerAccountId, long definitionId, String last4) {
        return em.createQuery(
                        "select c from SavedCard c where c.customerAccountId = :a"
                                + " and c.definitionId = :d and c.last4 = :l and c.deletedAt is null",
                        SavedCard.class)
                .setParameter("a", customerAccountId)
                .setParameter("d", definitionId)
                .setParameter("l", last4)
                .getResultList();
    }

    /** The customer's cards not deleted, the last updated first. */
    public List<SavedCard> active(long companyId, long customerAccountId) {
        return em.createQuery(
                        "select c from SavedCard c where c.companyId = :co and c.customerAccountId = :a"
                                + " and c.deletedAt is null order by c.updatedAt desc, c.id desc",
                        SavedCard.class)
                .setParameter("co", companyId)
                .setParameter("a", customerAccountId)
                .getResultList();
    }

    /** Every card, by id (the master-key rotation re-seals them). */
    public List<SavedCard> all() {
        return em.createQuery("select c from SavedCard c order by c.id", SavedCard.class)
                .getResultList();
    }

    /** Every card's sealed token. */
    public List<String> sealedTokens() {
        return em.createQuery("select c.tokenSealed from SavedCard c", String.class)
                .getResultList();
    }

    /** The family of the definition the card was kept on (read from the definition's row). */
    public GatewayFamily familyOfDefinition(long definitionId) {
        return em.find(VposDefinition.class, definitionId).getFamily();
    }
}
