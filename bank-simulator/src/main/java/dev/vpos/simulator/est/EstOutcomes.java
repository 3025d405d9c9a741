package dev.vpos.simulator.est;

import dev.vpos.simulator.est.EstVerdict.Fault;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated EST bank answers a well-formed sale: the documented test cards first, then the card's expiry,
 * then the magic minor units; anything else is approved. Magic whole amounts add a transport fault on top of that
 * answer. The facts here are the table in docs/bank-simulator.md and on the index page.
 */
final class EstOutcomes {

    static final String INSUFFICIENT_FUNDS_CARD = "4546711234567894";
    static final String EXPIRED_CARD = "4508034508034509";
    static final String DO_NOT_HONOR_CARD = "4000000000000002";
    static final String LOST_CARD = "4000000000000044";
    /** Approved like any card by the API; the 3-D gate answers it "not enrolled" (mdStatus 2). */
    static final String NOT_ENROLLED_CARD = "4000000000000069";

    static final String INSUFFICIENT_FUNDS = "51";
    static final String EXPIRED = "54";
    static final String DO_NOT_HONOR = "05";
    static final String LOST_CARD_PICK_UP = "41";

    static final BigDecimal SLOW_AMOUNT = new BigDecimal("7777.77");
    static final BigDecimal TRUNCATED_XML_AMOUNT = new BigDecimal("8888.88");
    static final BigDecimal HTTP_500_AMOUNT = new BigDecimal("9999.99");
    static final BigDecimal CONNECTION_RESET_AMOUNT = new BigDecimal("6666.66");

    private static final Map<String, String> DECLINE_MESSAGES = Map.of(
            INSUFFICIENT_FUNDS, "Yetersiz bakiye",
            EXPIRED, "Son kullanma tarihi gecmis kart",
            DO_NOT_HONOR, "Islem onaylanmadi",
            LOST_CARD_PICK_UP, "Kayip kart, karta el koyunuz");
    private static final Map<String, String> CODE_BY_CARD = Map.of(
            INSUFFICIENT_FUNDS_CARD, INSUFFICIENT_FUNDS,
            EXPIRED_CARD, EXPIRED,
            DO_NOT_HONOR_CARD, DO_NOT_HONOR,
            LOST_CARD, LOST_CARD_PICK_UP);
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS = Map.of(
            51, INSUFFICIENT_FUNDS,
            54, EXPIRED,
            5, DO_NOT_HONOR,
            41, LOST_CARD_PICK_UP);

    private final Clock clock;

    EstOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** The answer without transport faults (the 3-D gate's provision, which has no magic whole amounts). */
    EstVerdict outcomeWithoutFault(String pan, String expires, BigDecimal amount) {
        return byCardExpiryAndAmount(pan, expires, amount);
    }

    /** The answer for a card number that passed the format checks and a valid positive amount. */
    EstVerdict outcome(String pan, String expires, BigDecimal amount) {
        return byCardExpiryAndAmount(pan, expires, amount).withFault(faultFor(amount));
    }

    private EstVerdict byCardExpiryAndAmount(String pan, String expires, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return decline(CODE_BY_CARD.get(pan));
        }
        if (isExpired(expires)) {
            return decline(EXPIRED);
        }
        int minorUnits = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        if (CODE_BY_MINOR_UNITS.containsKey(minorUnits)) {
            return decline(CODE_BY_MINOR_UNITS.get(minorUnits));
        }
        return EstVerdict.approved();
    }

    /** Valid through the last day of its month; an {@code Expires} that is not {@code MM/YY} counts as expired. */
    boolean isExpired(String expires) {
        if (expires == null || !expires.matches("(0[1-9]|1[0-2])/\\d{2}")) {
            return true;
        }
        YearMonth expiry =
                YearMonth.of(2000 + Integer.parseInt(expires.substring(3)), Integer.parseInt(expires.substring(0, 2)));
        return expiry.isBefore(YearMonth.now(clock));
    }

    private static Fault faultFor(BigDecimal amount) {
        if (amount.compareTo(SLOW_AMOUNT) == 0) {
            return Fault.SLOW_ANSWER;
        }
        if (amount.compareTo(TRUNCATED_XML_AMOUNT) == 0) {
            return Fault.TRUNCATED_XML;
        }
        if (amount.compareTo(HTTP_500_AMOUNT) == 0) {
            return Fault.HTTP_500;
        }
        if (amount.compareTo(CONNECTION_RESET_AMOUNT) == 0) {
            return Fault.CONNECTION_RESET;
        }
        return Fault.NONE;
    }

    private static EstVerdict decline(String code) {
        return EstVerdict.declined(code, DECLINE_MESSAGES.get(code));
    }
}
