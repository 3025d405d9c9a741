package dev.vpos.checkout.application;

import dev.vpos.collection.application.CollectionService;
import dev.vpos.collection.application.FollowUpCommand;
import dev.vpos.collection.application.FollowUpService;
import dev.vpos.collection.application.RequestedFollowUp;
import dev.vpos.collection.domain.CheckoutPaymentCollected;
import dev.vpos.collection.domain.CollectionEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When an approval of a checkout payment commits — from the payer's page, the bank's callback or the janitor's
 * status check — the session becomes PAID and the portal is notified. If another attempt paid the session first
 * (the payer retried after an unknown outcome and both reached the bank), this approval was abandoned: it is
 * cancelled at the bank (void before the cut-off, refund after), so the payer is never charged twice.
 */
@ApplicationScoped
public class PaidSessions {

    private static final Logger LOG = Logger.getLogger(PaidSessions.class.getName());
    static final String ACTOR = "janitor";

    @Inject
    CollectionService collections;

    @Inject
    CheckoutStore store;

    @Inject
    PortalNotifier notifier;

    @Inject
    CheckoutService checkout;

    @Inject
    FollowUpService followUps;

    @Resource
    ManagedExecutorService executor;

    void onCollected(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckoutPaymentCollected collected) {
        CollectionEvent event = collected.event();
        // Not in this thread: it is completing a transaction and may hold its connection; database work here
        // could wait for a pool that is exhausted by requests waiting for this very thread.
        executor.submit(() -> {
            try {
                settle(collected.checkoutSessionId(), event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mark the checkout session of " + event.reference() + " paid", e);
            }
        });
    }

    private void settle(long sessionId, CollectionEvent event) {
        long collectionId = collections.idOf(event.reference());
        switch (store.paid(sessionId, collectionId)) {
            case NOW_PAID ->
                store.byId(sessionId)
                        .ifPresent(s -> notifier.notifyLater(
                                s.getId(), s.getNotificationUrl(), CheckoutService.json(checkout.viewOf(s))));
            case ALREADY_BY_THIS -> {}
            case ALREADY_BY_ANOTHER -> {
                LOG.warning(() -> "Checkout session " + sessionId + " was already paid: cancelling the abandoned"
                        + " approval " + event.reference() + " (order " + event.bankOrderId() + ")");
                cancel(event.reference());
            }
        }
    }

    private void cancel(String reference) {
        try {
            var op = followUps.run(
                    new FollowUpCommand(reference, RequestedFollowUp.CANCEL, null, "abandoned-" + reference, "JANITOR"),
                    ACTOR);
            LOG.info(() -> "Abandoned approval " + reference + ": " + op.kind() + " " + op.state());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not cancel the abandoned approval " + reference + "; it is left to finance",
                    e);
        }
    }
}
