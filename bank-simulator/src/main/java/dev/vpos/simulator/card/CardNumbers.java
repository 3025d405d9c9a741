package dev.vpos.simulator.card;

/** Card-number facts every simulated bank needs: format and Luhn check, masking for logs and the ledger, brand. */
public final class CardNumbers {

    private CardNumbers() {}

    /** 12 to 19 digits that pass the Luhn check. */
    public static boolean wellFormed(String pan) {
        return pan != null && pan.matches("\\d{12,19}") && passesLuhn(pan);
    }

    /** The Luhn (mod 10) check over a string of digits. */
    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** First 6 and last 4 digits, the rest as {@code *}; anything shorter than a card number becomes {@code ****}. */
    public static String mask(String pan) {
        if (pan == null || pan.length() < 12) {
            return "****";
        }
        return pan.substring(0, 6) + "*".repeat(pan.length() - 10) + pan.substring(pan.length() - 4);
    }

    /** VISA, MASTERCARD, AMEX or TROY by prefix; empty when the prefix is none of them. */
    public static String brand(String pan) {
        if (pan == null || !pan.matches("\\d{4}.*")) {
            return "";
        }
        if (pan.startsWith("9792")) {
            return "TROY";
        }
        if (pan.startsWith("4")) {
            return "VISA";
        }
        if (pan.startsWith("34") || pan.startsWith("37")) {
            return "AMEX";
        }
        if (isMastercard(Integer.parseInt(pan.substring(0, 4)))) {
            return "MASTERCARD";
        }
        return "";
    }

    private static boolean isMastercard(int firstFour) {
        return (firstFour >= 5100 && firstFour <= 5599) || (firstFour >= 2221 && firstFour <= 2720);
    }
}
