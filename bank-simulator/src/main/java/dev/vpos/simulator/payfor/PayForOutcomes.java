package dev.vpos.simulator.payfor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated PayFor host answers a well-formed authorisation (sale, pre-authorisation, 3-D provision): the
 * shared test cards first, then the card's expiry, then the magic minor units; anything else is approved. Magic
 * whole amounts add a transport fault to API answers (the 3-D gate ignores them).
 */
public final class PayForOutcomes {

    /** A transport fault on top of the answer. */
    public enum Fault {
        NONE,
        SLOW_ANSWER,
        MALFORMED_BODY,
        HTTP_500,
        CONNECTION_RESET
    }

    static final String NOT_ENROLLED_CARD = "4000000000000069";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", PayForCodes.INSUFFICIENT_FUNDS,
            "4508034508034509", PayForCodes.EXPIRED_CARD,
            "4000000000000002", PayForCodes.DO_NOT_HONOR,
            "4000000000000044", PayForCodes.LOST_CARD);
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS = Map.of(
            51, PayForCodes.INSUFFICIENT_FUNDS,
            54, PayForCodes.EXPIRED_CARD,
            5, PayForCodes.DO_NOT_HONOR,
            41, PayForCodes.LOST_CARD);
    private static final Map<BigDecimal, Fault> FAULT_BY_AMOUNT = Map.of(
            new BigDecimal("7777.77"), Fault.SLOW_ANSWER,
            new BigDecimal("8888.88"), Fault.MALFORMED_BODY,
            new BigDecimal("9999.99"), Fault.HTTP_500,
            new BigDecimal("6666.66"), Fault.CONNECTION_RESET);

    private final Clock clock;

    PayForOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** The host's ProcReturnCode for a card, its expiry ({@code MMYY}) and the amount. */
    String code(String pan, String expiryMmYy, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return CODE_BY_CARD.get(pan);
        }
        if (isExpired(expiryMmYy)) {
            return PayForCodes.EXPIRED_CARD;
        }
        int minorUnits = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return CODE_BY_MINOR_UNITS.getOrDefault(minorUnits, PayForCodes.APPROVED);
    }

    boolean isExpired(String mmyy) {
        if (mmyy == null || !mmyy.matches("(0[1-9]|1[0-2])\\d{2}")) {
            return true;
        }
        YearMonth expiry =
                YearMonth.of(2000 + Integer.parseInt(mmyy.substring(2)), Integer.parseInt(mmyy.substring(0, 2)));
        return expiry.isBefore(YearMonth.now(clock));
    }

    static Fault fault(BigDecimal amount) {
        return FAULT_BY_AMOUNT.entrySet().stream()
                .filter(e -> e.getKey().compareTo(amount) == 0)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Fault.NONE);
    }

    static boolean enrolled(String pan) {
        return !NOT_ENROLLED_CARD.equals(pan);
    }
}
