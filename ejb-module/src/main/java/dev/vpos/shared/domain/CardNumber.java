package dev.vpos.shared.domain;

/**
 * A primary account number held in memory only for the length of one bank call.
 * It is never persisted or logged: {@link #toString()} and {@link #masked()} give BIN (first 6) + last 4.
 */
public final class CardNumber {

    private final String digits;

    private CardNumber(String digits) {
        this.digits = digits;
    }

    /** Accepts digits with optional spaces or dashes; rejects anything that fails the length or Luhn check. */
    public static CardNumber parse(String input) {
        if (input == null) {
            throw new IllegalArgumentException("card number is required");
        }
        String digits = input.replaceAll("[ -]", "");
        if (!digits.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("card number must have 12 to 19 digits");
        }
        if (!passesLuhn(digits)) {
            throw new IllegalArgumentException("card number fails the Luhn check");
        }
        return new CardNumber(digits);
    }

    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** The full number, for the one place that sends it to the bank. */
    public String digits() {
        return digits;
    }

    public String masked() {
        return mask(digits);
    }

    public CardBrand brand() {
        return CardBrand.of(digits);
    }

    /** BIN + last 4 with the middle replaced by '*', e.g. 435508******4358. */
    public static String mask(String pan) {
        if (pan == null || pan.length() < 10) {
            return "****";
        }
        return pan.substring(0, 6) + "*".repeat(pan.length() - 10) + pan.substring(pan.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
