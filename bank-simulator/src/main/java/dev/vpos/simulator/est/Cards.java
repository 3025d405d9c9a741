package dev.vpos.simulator.est;

/** Card helpers of the simulated bank: Luhn, masking and brand. */
public final class Cards {

    private Cards() {
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice && (d *= 2) > 9) {
                d -= 9;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    public static boolean wellFormed(String pan) {
        return pan != null && pan.matches("\\d{12,19}") && luhn(pan);
    }

    /** First 6 + last 4. */
    public static String mask(String pan) {
        if (pan == null || pan.length() < 10) {
            return "****";
        }
        return pan.substring(0, 6) + "*".repeat(pan.length() - 10) + pan.substring(pan.length() - 4);
    }

    public static String brand(String pan) {
        if (pan.startsWith("4")) {
            return "VISA";
        }
        if (pan.startsWith("34") || pan.startsWith("37")) {
            return "AMEX";
        }
        if (pan.startsWith("9792")) {
            return "TROY";
        }
        return "MASTERCARD";
    }
}
