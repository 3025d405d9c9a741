package dev.vpos.collection.domain;

/**
 * Fired beside {@link CollectionEvent} COLLECTED when the collection was paid for a portal checkout session, so that
 * the checkout context learns it without reading the collection again for every sale (issue #14): most sales have
 * no session, and their approval no longer costs a background task and a query.
 *
 * @param checkoutSessionId the session the collection was started for
 * @param event             the COLLECTED event of the same state change
 */
public record CheckoutPaymentCollected(long checkoutSessionId, CollectionEvent event) {}
