package dev.vpos.simulator.posnet;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * How the simulated PosNet bank answers a well-formed authorisation (sale, auth, 3-D provision): the shared test
 * cards first, then the card's expiry, then the kuruş of the amount; anything else is approved. Whole magic amounts
 * add a transport fault (see {@link PosNetFault}). PosNet writes ISO response codes with four digits ({@code 0051}).
 */
final class PosNetOutcomes {

    static final String INSUFFICIENT_FUNDS = "0051";
    static final String EXPIRED = "0054";
    static final String DO_NOT_HONOR = "0005";
    static final String LOST_CARD = "0041";
    static final String NOT_ENROLLED_CARD = "4000000000000069";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", INSUFFICIENT_FUNDS,
            "4508034508034509", EXPIRED,
            "4000000000000002", DO_NOT_HONOR,
            "4000000000000044", LOST_CARD);
    private static final Map<Long, String> CODE_BY_KURUS =
            Map.of(51L, INSUFFICIENT_FUNDS, 54L, EXPIRED, 5L, DO_NOT_HONOR, 41L, LOST_CARD);
    static final Map<String, String> TEXTS = Map.of(
            INSUFFICIENT_FUNDS, "YETERSIZ BAKIYE 0051",
            EXPIRED, "KARTIN SURESI DOLMUS 0054",
            DO_NOT_HONOR, "ONAYLANMADI 0005",
            LOST_CARD, "KAYIP KART, KARTA EL KOYUNUZ 0041");

    private final Clock clock;

    PosNetOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** The refusal code for this card, expiry ({@code YYMM}) and amount in kuruş; empty for an approval. */
    Optional<String> refusal(String pan, String expDate, long kurus) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return Optional.of(CODE_BY_CARD.get(pan));
        }
        if (isExpired(expDate)) {
            return Optional.of(EXPIRED);
        }
        return Optional.ofNullable(CODE_BY_KURUS.get(kurus % 100));
    }

    boolean isExpired(String yymm) {
        if (yymm == null || !yymm.matches("\\d{2}(0[1-9]|1[0-2])")) {
            return true;
        }
        YearMonth expiry =
                YearMonth.of(2000 + Integer.parseInt(yymm.substring(0, 2)), Integer.parseInt(yymm.substring(2)));
        return expiry.isBefore(YearMonth.now(clock));
    }

    static PosNetFault fault(long kurus) {
        if (kurus == 777_777L) {
            return PosNetFault.SLOW_ANSWER;
        }
        if (kurus == 888_888L) {
            return PosNetFault.MALFORMED;
        }
        if (kurus == 999_999L) {
            return PosNetFault.HTTP_500;
        }
        if (kurus == 666_666L) {
            return PosNetFault.RESET;
        }
        return PosNetFault.NONE;
    }
}
