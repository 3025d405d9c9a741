package dev.vpos.gateway.domain;

/** What a provider's notification says happened to a payment, in the module's terms. */
public enum NotificationKind {
    /** The payment is approved (myPOS IPCPurchaseNotify, Stripe payment_intent.succeeded, 2Checkout COMPLETE / PAYMENT_AUTHORIZED, PayMaster payment notification). */
    PAYMENT_APPROVED,
    /** The payment failed or was declined (Stripe payment_intent.payment_failed). */
    PAYMENT_DECLINED,
    /** The provider is still working on it; changes nothing but is kept (2Checkout PENDING, Stripe processing). */
    PAYMENT_PENDING,
    /** An approval the provider took back (myPOS IPCPurchaseRollback, Stripe payment_intent.canceled, 2Checkout CANCELED / REVERSED). */
    PAYMENT_CANCELED,
    /** Money went back to the payer (Stripe charge.refunded, 2Checkout REFUND). */
    REFUNDED,
    /** Authentic but of no interest to collections (e.g. a Stripe event type we do not use). */
    IGNORED
}
