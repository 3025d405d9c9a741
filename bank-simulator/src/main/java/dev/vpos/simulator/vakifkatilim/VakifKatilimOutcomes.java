package dev.vpos.simulator.vakifkatilim;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated bank answers a well-formed authorisation, with the magic values every simulated family shares:
 * the test cards, then the card's expiry, then the amount's kuruş (.51, .54, .05, .41); anything else is approved.
 * Whole magic amounts add a transport fault: 7777.77 slow, 8888.88 half a body, 9999.99 HTTP 500 (not booked),
 * 6666.66 connection reset. Card {@code 4000000000000069} is not enrolled in 3-D Secure.
 */
final class VakifKatilimOutcomes {

    enum Fault {
        NONE,
        SLOW,
        MALFORMED,
        HTTP_500,
        RESET
    }

    record Verdict(String code, String message, Fault fault) {
        boolean approved() {
            return VakifKatilimCodes.APPROVED.equals(code);
        }
    }

    static final String NOT_ENROLLED_CARD = "4000000000000069";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", "51",
            "4508034508034509", "54",
            "4000000000000002", "05",
            "4000000000000044", "41");
    private static final Map<Long, String> CODE_BY_KURUS = Map.of(51L, "51", 54L, "54", 5L, "05", 41L, "41");
    private static final Map<Long, Fault> FAULT_BY_AMOUNT =
            Map.of(777_777L, Fault.SLOW, 888_888L, Fault.MALFORMED, 999_999L, Fault.HTTP_500, 666_666L, Fault.RESET);

    private final Clock clock;

    VakifKatilimOutcomes(Clock clock) {
        this.clock = clock;
    }

    Verdict outcome(String pan, String yy, String mm, long kurus, boolean faults) {
        Fault fault = faults ? FAULT_BY_AMOUNT.getOrDefault(kurus, Fault.NONE) : Fault.NONE;
        String code = CODE_BY_CARD.get(pan);
        if (code == null && expired(yy, mm)) {
            code = "54";
        }
        if (code == null) {
            code = CODE_BY_KURUS.getOrDefault(kurus % 100, VakifKatilimCodes.APPROVED);
        }
        return new Verdict(code, VakifKatilimCodes.message(code), fault);
    }

    private boolean expired(String yy, String mm) {
        if (yy == null || mm == null || !yy.matches("\\d{2}") || !mm.matches("0[1-9]|1[0-2]")) {
            return true;
        }
        return YearMonth.of(2000 + Integer.parseInt(yy), Integer.parseInt(mm)).isBefore(YearMonth.now(clock));
    }
}
