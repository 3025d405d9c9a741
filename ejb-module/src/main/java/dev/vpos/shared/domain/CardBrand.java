package dev.vpos.shared.domain;

/** Card scheme, detected from the card number's leading digits (IIN ranges). */
public enum CardBrand {
    VISA,
    MASTERCARD,
    AMEX,
    TROY,
    UNKNOWN;

    public static CardBrand of(String digits) {
        if (digits.startsWith("4")) {
            return VISA;
        }
        if (digits.startsWith("34") || digits.startsWith("37")) {
            return AMEX;
        }
        if (digits.startsWith("9792")) {
            return TROY;
        }
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return MASTERCARD;
        }
        return UNKNOWN;
    }
}
