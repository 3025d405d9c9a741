package dev.vpos.simulator.param;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated card host behind Param answers an authorisation: the shared test cards first, then the card's
 * expiry, then the magic minor units (.51 insufficient funds, .54 expired, .05 do not honour, .41 lost card); anything
 * else is approved. Magic whole amounts add a transport fault to a non-3D authorisation's answer.
 */
public final class ParamOutcomes {

    /** A transport fault on top of the answer. */
    public enum Fault {
        NONE,
        SLOW_ANSWER,
        MALFORMED_BODY,
        HTTP_500,
        CONNECTION_RESET
    }

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", "51",
            "4508034508034509", "54",
            "4000000000000002", "05",
            "4000000000000044", "41");
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS = Map.of(51, "51", 54, "54", 5, "05", 41, "41");
    static final Map<String, String> MESSAGES = Map.of(
            "00", "İşlem Başarılı",
            "05", "Red-Onaylanmadı",
            "41", "Kayıp kart, karta el koyunuz",
            "51", "Yetersiz bakiye",
            "54", "Vadesi dolmuş kart");
    private static final Map<BigDecimal, Fault> FAULT_BY_AMOUNT = Map.of(
            new BigDecimal("7777.77"), Fault.SLOW_ANSWER,
            new BigDecimal("8888.88"), Fault.MALFORMED_BODY,
            new BigDecimal("9999.99"), Fault.HTTP_500,
            new BigDecimal("6666.66"), Fault.CONNECTION_RESET);

    private final Clock clock;

    ParamOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** The host's code for a card, its expiry and the amount. */
    String code(String pan, YearMonth expiry, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return CODE_BY_CARD.get(pan);
        }
        if (expiry.isBefore(YearMonth.now(clock))) {
            return "54";
        }
        int minorUnits = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return CODE_BY_MINOR_UNITS.getOrDefault(minorUnits, "00");
    }

    static String message(String code) {
        return MESSAGES.getOrDefault(code, "Red");
    }

    static Fault fault(BigDecimal amount) {
        return FAULT_BY_AMOUNT.entrySet().stream()
                .filter(e -> e.getKey().compareTo(amount) == 0)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Fault.NONE);
    }
}
