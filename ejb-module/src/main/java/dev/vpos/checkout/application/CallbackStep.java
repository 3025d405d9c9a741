package dev.vpos.checkout.application;

import dev.vpos.collection.application.ThreeDsOutcome;

/** After the bank's 3-D callback: the outcome, the session (if the collection belongs to one), where to redirect. */
public record CallbackStep(ThreeDsOutcome outcome, CheckoutView session, String redirectTo) {}
