package dev.vpos.collection.application;

/**
 * A card as the payer or the staff typed it, not yet validated: kept only for the length of the request.
 * {@link #toString()} never shows the number or the CVV.
 */
public record EnteredCard(String number, String expiry, String cvv, String holder) {

    /** No card given (3D Host, where the bank's page takes it; or a body without one). */
    public static final EnteredCard NONE = new EnteredCard(null, null, null, null);

    @Override
    public String toString() {
        return "EnteredCard[masked]";
    }
}
