package dev.vpos.checkout.application;

/**
 * What the payer chose on the hosted page about saved cards: pay with one of the customer's saved cards
 * ({@code savedCardId}), and/or let the provider keep the card entered on its page for next time ({@code saveCard},
 * the payer's consent). Neither is the default.
 */
public record SavedCardChoice(Long savedCardId, boolean saveCard) {

    public static final SavedCardChoice NONE = new SavedCardChoice(null, false);
}
