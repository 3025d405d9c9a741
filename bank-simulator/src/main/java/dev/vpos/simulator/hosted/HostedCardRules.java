package dev.vpos.simulator.hosted;

import dev.vpos.simulator.card.CardNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the simulated hosted-payment providers (2Checkout, PayMaster) decide a card payment their own page took: the
 * simulator's shared test cards first, then the expiry, then the magic minor units (.51, .54, .05, .41); anything else
 * is approved. The holder name {@code Pending Review} (any case) keeps the payment under review for a while before it
 * is approved, as a provider's fraud review does. The codes are the ISO meanings the other simulated banks use.
 */
public final class HostedCardRules {

    public static final String APPROVED = "00";
    public static final String REVIEW_HOLDER = "PENDING REVIEW";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", "51",
            "4508034508034509", "54",
            "4000000000000002", "05",
            "4000000000000044", "41");
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS = Map.of(51, "51", 54, "54", 5, "05", 41, "41");
    private static final Map<String, String> MESSAGES = Map.of(
            APPROVED,
            "Approved",
            "51",
            "Insufficient funds",
            "54",
            "Expired card",
            "05",
            "Do not honor",
            "41",
            "Lost card, pick up");

    /** The decision: an approval (maybe after a review) or a decline with its code. */
    public record Outcome(String code, boolean review) {

        public boolean approved() {
            return APPROVED.equals(code);
        }

        public String message() {
            return MESSAGES.getOrDefault(code, "Declined");
        }
    }

    private final Clock clock;

    public HostedCardRules(Clock clock) {
        this.clock = clock;
    }

    /** Why the card form cannot be used at all (shown on the page; nothing is charged); empty when it can. */
    public Optional<String> formProblem(String pan, String expiry, String cvv) {
        if (!CardNumbers.wellFormed(pan)) {
            return Optional.of("The card number is not valid.");
        }
        if (expiry == null || !expiry.matches("(0[1-9]|1[0-2])/\\d{2}")) {
            return Optional.of("The expiry date must be MM/YY.");
        }
        if (cvv == null || !cvv.matches("\\d{3,4}")) {
            return Optional.of("The security code must be 3 or 4 digits.");
        }
        return Optional.empty();
    }

    /** For a card that passed {@link #formProblem}. */
    public Outcome outcome(String pan, String expiry, String holder, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return new Outcome(CODE_BY_CARD.get(pan), false);
        }
        YearMonth month =
                YearMonth.of(2000 + Integer.parseInt(expiry.substring(3)), Integer.parseInt(expiry.substring(0, 2)));
        if (month.isBefore(YearMonth.now(clock))) {
            return new Outcome("54", false);
        }
        int minorUnits = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String code = CODE_BY_MINOR_UNITS.getOrDefault(minorUnits, APPROVED);
        boolean review = APPROVED.equals(code)
                && holder != null
                && REVIEW_HOLDER.equals(holder.trim().toUpperCase(Locale.ROOT));
        return new Outcome(code, review);
    }
}
