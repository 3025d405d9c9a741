package dev.vpos.checkout.application;

import dev.vpos.collection.application.CollectionView;
import dev.vpos.gateway.domain.ThreeDsStart;

/** After the payer submitted: the session, and either the way to the bank ({@code toBank}) or the final collection. */
public record PayerStep(CheckoutView session, ThreeDsStart toBank, CollectionView collection) {}
