package dev.vpos.simulator.mypos;

import dev.vpos.simulator.card.CardNumbers;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The test cards of the simulated myPOS checkout. myPOS's guide says any card number is accepted in its test
 * environment and that declines come from an incorrect CVC, an invalid date or an invalid number; the simulator does
 * the same and adds one card for "not sufficient funds":
 * <ul>
 *   <li>a number that is not 12–19 digits passing Luhn, an expiry that is not a future MM/YY, a CVC that is not
 *       3 digits: the page refuses the input (nothing is charged, the payer corrects it);</li>
 *   <li>CVC {@code 000}: declined, Status 21 "Transaction declined";</li>
 *   <li>card 4546711234567894: declined, Status 13 "Not sufficient funds";</li>
 *   <li>any other valid card: approved.</li>
 * </ul>
 */
final class MyPosCards {

    static final String INSUFFICIENT_FUNDS_CARD = "4546711234567894";

    private MyPosCards() {}

    /** Why the page refuses the input, if it does. */
    static Optional<String> invalid(String pan, String expiry, String cvc, YearMonth now) {
        if (!CardNumbers.wellFormed(pan)) {
            return Optional.of("Invalid card number");
        }
        Optional<YearMonth> exp = expiry(expiry);
        if (exp.isEmpty() || exp.get().isBefore(now)) {
            return Optional.of("Invalid or expired expiry date");
        }
        if (cvc == null || !cvc.matches("\\d{3}")) {
            return Optional.of("Invalid CVC");
        }
        return Optional.empty();
    }

    /** A decline as {@code Status} and message, or empty for an approval. */
    static Optional<Decline> decline(String maskedPan, String cvc) {
        if ("000".equals(cvc)) {
            return Optional.of(new Decline(21, "Transaction declined"));
        }
        if (CardNumbers.mask(INSUFFICIENT_FUNDS_CARD).equals(maskedPan)) {
            return Optional.of(new Decline(13, "Not sufficient funds"));
        }
        return Optional.empty();
    }

    record Decline(int status, String message) {}

    /** MM/YY or MMYY. */
    static Optional<YearMonth> expiry(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace("/", "").trim();
        if (!digits.matches("\\d{4}")) {
            return Optional.empty();
        }
        int month = Integer.parseInt(digits.substring(0, 2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(2000 + Integer.parseInt(digits.substring(2)), month));
    }

    /** myPOS's CardType: 1 Mastercard, 3 Visa (the simulator knows no others; Maestro etc. count as Mastercard). */
    static String cardType(String pan) {
        return pan.startsWith("4") ? "3" : "1";
    }
}
