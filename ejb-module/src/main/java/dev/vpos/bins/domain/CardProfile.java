package dev.vpos.bins.domain;

import java.util.Objects;

/**
 * What the BIN table says about a card: the prefix that matched, the issuing bank (its code and name), the programme
 * (Bonus, World, Axess, ...; null when the bank gave none), the brand, the type and the issuer's country (ISO 3166
 * alpha-2). Never holds more of the card than the prefix.
 */
public record CardProfile(
        String prefix,
        String issuerCode,
        String issuerName,
        String programme,
        String brand,
        CardType type,
        String country) {

    public CardProfile {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(issuerCode, "issuerCode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
    }

    /** Issued in {@code homeCountry}. */
    public boolean domestic(String homeCountry) {
        return country.equalsIgnoreCase(homeCountry);
    }

    /** Whether installments may be offered on the card: not on a debit card, not on a card issued abroad. */
    public boolean installmentsAllowed(String homeCountry) {
        return type != CardType.DEBIT && domestic(homeCountry);
    }
}
