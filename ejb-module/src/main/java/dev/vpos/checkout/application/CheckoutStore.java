package dev.vpos.checkout.application;

import dev.vpos.checkout.domain.CheckoutSession;
import dev.vpos.checkout.infrastructure.CheckoutSessionRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The checkout sessions' reads and writes, each a short transaction of its own. */
@ApplicationScoped
public class CheckoutStore {

    @Inject
    CheckoutSessionRepository sessions;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public CheckoutSession create(CheckoutSession session) {
        sessions.add(session);
        return session;
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Optional<CheckoutSession> byPublicId(String publicId) {
        return sessions.byPublicId(publicId);
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Optional<CheckoutSession> byIdempotencyKey(String actor, String key) {
        return sessions.byIdempotencyKey(actor, key);
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Optional<CheckoutSession> byId(long id) {
        return sessions.find(id);
    }

    /** Records an attempt (a collection) under a row lock, refusing when the session is no longer payable. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public boolean attempt(long sessionId, long collectionId) {
        CheckoutSession s = sessions.lock(sessionId);
        if (s.getState() != CheckoutSession.State.OPEN) {
            return false;
        }
        s.attempt(collectionId);
        return true;
    }

    /**
     * Counts a submission of the hosted page, under a row lock; false when the session is no longer open. From our page
     * ({@code fromPage}), the bank's or provider's return will show our result page.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public boolean attemptStarted(long sessionId, boolean fromPage) {
        CheckoutSession s = sessions.lock(sessionId);
        if (s.getState() != CheckoutSession.State.OPEN) {
            return false;
        }
        s.attemptStarted();
        if (fromPage) {
            s.paysFromPage();
        }
        return true;
    }

    /**
     * Cancels an open session under its row lock, only if no payment was started since the caller saw
     * {@code attemptsSeen} (with none of those in flight); false otherwise.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public boolean cancel(long sessionId, int attemptsSeen) {
        CheckoutSession s = sessions.lock(sessionId);
        return s.getAttempts() == attemptsSeen && s.cancel();
    }

    /** What marking a session paid found. */
    public enum Paid {
        NOW_PAID,
        ALREADY_BY_THIS,
        ALREADY_BY_ANOTHER
    }

    /** Marks the session paid by the collection, under a row lock; says whether another collection paid it first. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Paid paid(long sessionId, long collectionId) {
        CheckoutSession s = sessions.lock(sessionId);
        if (s.getState() == CheckoutSession.State.PAID) {
            return s.getCollectionId() != null && s.getCollectionId() == collectionId
                    ? Paid.ALREADY_BY_THIS
                    : Paid.ALREADY_BY_ANOTHER;
        }
        s.paid(collectionId);
        return Paid.NOW_PAID;
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void notified(long sessionId, boolean delivered) {
        CheckoutSession s = sessions.lock(sessionId);
        if (delivered) {
            s.notified(OffsetDateTimes.now(clock));
        } else {
            s.notificationFailed();
        }
    }
}
