package dev.vpos.bins.domain;

/** What a BIN says the card is: installments are offered on domestic credit and commercial cards only. */
public enum CardType {
    CREDIT,
    DEBIT,
    COMMERCIAL
}
