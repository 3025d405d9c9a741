package dev.vpos.checkout.infrastructure;

import dev.vpos.checkout.domain.CheckoutSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The checkout_session table; joins the caller's transaction. */
@ApplicationScoped
public class CheckoutSessionRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Inserts the session at once (flush), so its id and unique keys are known to the caller. */
    public void add(CheckoutSession session) {
        em.persist(session);
        em.flush();
    }

    public Optional<CheckoutSession> find(long id) {
        return Optional.ofNullable(em.find(CheckoutSession.class, id));
    }

    /** The session under its row lock (PESSIMISTIC_WRITE) until the caller's transaction ends. */
    public CheckoutSession lock(long id) {
        return em.find(CheckoutSession.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<CheckoutSession> byPublicId(String publicId) {
        return em.createQuery("select s from CheckoutSession s where s.publicId = :p", CheckoutSession.class)
                .setParameter("p", publicId)
                .getResultStream()
                .findFirst();
    }

    public Optional<CheckoutSession> byIdempotencyKey(String actor, String key) {
        return em.createQuery(
                        "select s from CheckoutSession s where s.createdBy = :a and s.idempotencyKey = :k",
                        CheckoutSession.class)
                .setParameter("a", actor)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }
}
