package dev.vpos.simulator.kuveytturk;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated KuveytTürk bank answers a well-formed payment, the same magic values as every simulated family:
 * the documented test cards, then the card's expiry, then the amount's kuruş (.51, .54, .05, .41); anything else is
 * approved. Whole magic amounts add a transport fault: 7777.77 slow, 8888.88 malformed, 9999.99 HTTP 500,
 * 6666.66 connection reset. Card {@code 4000000000000069} is not enrolled in 3-D Secure.
 */
final class KuveytTurkOutcomes {

    enum Fault {
        NONE,
        SLOW,
        MALFORMED,
        HTTP_500,
        RESET
    }

    /** The bank's answer code and message for a payment, with a transport fault on top. */
    record Verdict(String code, String message, Fault fault) {
        boolean approved() {
            return KuveytTurkCodes.APPROVED.equals(code);
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

    KuveytTurkOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** {@code amountKurus} a positive amount in minor units; {@code yy}/{@code mm} the card's expiry. */
    Verdict outcome(String pan, String yy, String mm, long amountKurus) {
        Fault fault = FAULT_BY_AMOUNT.getOrDefault(amountKurus, Fault.NONE);
        String code = CODE_BY_CARD.get(pan);
        if (code == null && isExpired(yy, mm)) {
            code = "54";
        }
        if (code == null) {
            code = CODE_BY_KURUS.getOrDefault(amountKurus % 100, KuveytTurkCodes.APPROVED);
        }
        return new Verdict(code, KuveytTurkCodes.message(code), fault);
    }

    boolean isExpired(String yy, String mm) {
        if (yy == null || mm == null || !yy.matches("\\d{2}") || !mm.matches("0[1-9]|1[0-2]")) {
            return true;
        }
        return YearMonth.of(2000 + Integer.parseInt(yy), Integer.parseInt(mm)).isBefore(YearMonth.now(clock));
    }
}
