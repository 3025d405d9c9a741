package dev.vpos.gateway.domain;

/**
 * Saved-card instructions for a hosted payment: ask the provider to keep the card as a token (only with the payer's
 * consent), and/or pay with a token kept earlier for this customer.
 *
 * @param storeWithConsent the payer ticked "save my card" on our page
 * @param payWithToken     the provider's token of a saved card to pay with, or null
 */
public record CardTokenUse(boolean storeWithConsent, String payWithToken) {

    public static final CardTokenUse NONE = new CardTokenUse(false, null);

    public boolean paysWithToken() {
        return payWithToken != null && !payWithToken.isBlank();
    }

    @Override
    public String toString() {
        return "CardTokenUse[store=" + storeWithConsent + ", withToken=" + paysWithToken() + "]";
    }
}
