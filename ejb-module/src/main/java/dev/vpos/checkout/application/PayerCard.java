package dev.vpos.checkout.application;

/** What the payer typed on the hosted page; never stored. {@link #toString()} shows nothing of the card. */
public record PayerCard(String number, String expiry, String cvv, String holder, Integer installments, String email) {

    @Override
    public String toString() {
        return "PayerCard[masked]";
    }
}
