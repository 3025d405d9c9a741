package dev.vpos.collection.application;

import java.net.URI;

/**
 * A 3-D Secure payment to begin for a validated sale: the card (absent for 3D Host), where the bank posts the payer
 * back, and what the collection pays.
 *
 * @param callbackBase our callback URL without the collection reference, e.g. {@code https://erp/vpos/3ds/callback/}
 */
public record ThreeDsCommand(SaleCommand sale, URI callbackBase, String language, Long checkoutSessionId) {
}
