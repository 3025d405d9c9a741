package dev.vpos.simulator.garanti;

import dev.vpos.simulator.garanti.GarantiVerdict.Fault;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the host answers a well-formed authorisation: the test cards first, then the expiry, then the amount's last
 * two digits; anything else is approved. The magic amounts 7777.77, 8888.88, 9999.99 and 6666.66 add a transport
 * fault on top (API endpoint only). The same table serves every family of the simulator.
 */
final class GarantiOutcomes {

    static final String INSUFFICIENT_FUNDS = "51";
    static final String EXPIRED = "54";
    static final String DO_NOT_HONOR = "05";
    static final String LOST_CARD = "41";
    static final String INVALID_CARD = "14";

    static final String NOT_ENROLLED_CARD = "4000000000000069";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", INSUFFICIENT_FUNDS,
            "4508034508034509", EXPIRED,
            "4000000000000002", DO_NOT_HONOR,
            "4000000000000044", LOST_CARD);
    private static final Map<Long, String> CODE_BY_HUNDREDTHS =
            Map.of(51L, INSUFFICIENT_FUNDS, 54L, EXPIRED, 5L, DO_NOT_HONOR, 41L, LOST_CARD);
    private static final Map<String, String[]> MESSAGES = Map.of(
            INSUFFICIENT_FUNDS, new String[] {"Kartınızın limiti yetersiz", "YETERSIZ BAKIYE/LIMIT"},
            EXPIRED, new String[] {"Kartınızın son kullanma tarihi geçmiş", "SON KULLANMA TARIHI HATALI"},
            DO_NOT_HONOR, new String[] {"İşleminizi gerçekleştiremiyoruz.Tekrar deneyiniz", "RED-ONAYLANMADI"},
            LOST_CARD, new String[] {"İşleminizi gerçekleştiremiyoruz.Tekrar deneyiniz", "KAYIP KART, KARTA EL KOY"},
            INVALID_CARD, new String[] {"Kart numarası geçersiz", "GECERSIZ KART NUMARASI"});

    private static final Map<Long, Fault> FAULTS = Map.of(
            777_777L,
            Fault.SLOW_ANSWER,
            888_888L,
            Fault.MALFORMED,
            999_999L,
            Fault.HTTP_500,
            666_666L,
            Fault.CONNECTION_RESET);

    private final Clock clock;

    GarantiOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** The host's answer for a card, its MMYY expiry and an amount in hundredths, without transport faults. */
    GarantiVerdict host(String pan, String expiryMmYy, long hundredths) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return decline(CODE_BY_CARD.get(pan));
        }
        if (isExpired(expiryMmYy)) {
            return decline(EXPIRED);
        }
        String code = CODE_BY_HUNDREDTHS.get(hundredths % 100);
        return code == null ? GarantiVerdict.approved() : decline(code);
    }

    static Fault fault(long hundredths) {
        return FAULTS.getOrDefault(hundredths, Fault.NONE);
    }

    static GarantiVerdict decline(String code) {
        String[] m = MESSAGES.get(code);
        return GarantiVerdict.hostDecline(code, m[0], m[1]);
    }

    /** Valid through the last day of its month; anything but MMYY counts as expired. */
    boolean isExpired(String mmYy) {
        if (mmYy == null || !mmYy.matches("(0[1-9]|1[0-2])\\d{2}")) {
            return true;
        }
        YearMonth expiry =
                YearMonth.of(2000 + Integer.parseInt(mmYy.substring(2)), Integer.parseInt(mmYy.substring(0, 2)));
        return expiry.isBefore(YearMonth.now(clock));
    }
}
