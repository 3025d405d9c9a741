package dev.vpos.simulator.payflex;

import dev.vpos.simulator.payflex.PayFlexReply.Fault;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated VakıfBank answers a well-formed authorisation: the shared test cards first, then the card's
 * expiry, then the magic minor units; anything else is approved. Magic whole amounts add a transport fault. The
 * codes are VakıfBank's 4-digit ISO-derived ones (0051, 0054, 0005, 0041).
 */
final class PayFlexOutcomes {

    static final String APPROVED = "0000";
    static final String INSUFFICIENT_FUNDS = "0051";
    static final String EXPIRED = "0054";
    static final String DO_NOT_HONOR = "0005";
    static final String LOST_CARD = "0041";

    /** Not enrolled in 3-D Secure: the MPI answers Status N. */
    static final String NOT_ENROLLED_CARD = "4000000000000069";

    static final BigDecimal SLOW_AMOUNT = new BigDecimal("7777.77");
    static final BigDecimal MALFORMED_AMOUNT = new BigDecimal("8888.88");
    static final BigDecimal HTTP_500_AMOUNT = new BigDecimal("9999.99");
    static final BigDecimal RESET_AMOUNT = new BigDecimal("6666.66");

    static final Map<String, String> MESSAGES = Map.of(
            APPROVED, "İŞLEM BAŞARILI",
            INSUFFICIENT_FUNDS, "BAKİYESİ-KREDİ LİMİTİ YETERSİZ",
            EXPIRED, "VADE SONU GEÇMİŞ KART",
            DO_NOT_HONOR, "RED-ONAYLANMADI",
            LOST_CARD, "KAYIP KART- KARTA EL KOY");
    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", INSUFFICIENT_FUNDS,
            "4508034508034509", EXPIRED,
            "4000000000000002", DO_NOT_HONOR,
            "4000000000000044", LOST_CARD);
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS =
            Map.of(51, INSUFFICIENT_FUNDS, 54, EXPIRED, 5, DO_NOT_HONOR, 41, LOST_CARD);

    /** The result code and the fault to act out. */
    record Outcome(String code, Fault fault) {

        boolean approved() {
            return APPROVED.equals(code);
        }

        String message() {
            return MESSAGES.getOrDefault(code, "");
        }
    }

    private final Clock clock;

    PayFlexOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** For a Luhn-valid card, an {@code Expiry} of YYYYMM and a positive amount. */
    Outcome outcome(String pan, String expiryYyyyMm, BigDecimal amount) {
        return new Outcome(code(pan, expiryYyyyMm, amount), fault(amount));
    }

    private String code(String pan, String expiry, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return CODE_BY_CARD.get(pan);
        }
        YearMonth month = YearMonth.of(Integer.parseInt(expiry.substring(0, 4)), Integer.parseInt(expiry.substring(4)));
        if (month.isBefore(YearMonth.now(clock))) {
            return EXPIRED;
        }
        int minorUnits = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return CODE_BY_MINOR_UNITS.getOrDefault(minorUnits, APPROVED);
    }

    static Fault fault(BigDecimal amount) {
        if (amount.compareTo(SLOW_AMOUNT) == 0) {
            return Fault.SLOW;
        }
        if (amount.compareTo(MALFORMED_AMOUNT) == 0) {
            return Fault.MALFORMED;
        }
        if (amount.compareTo(HTTP_500_AMOUNT) == 0) {
            return Fault.HTTP_500;
        }
        if (amount.compareTo(RESET_AMOUNT) == 0) {
            return Fault.RESET;
        }
        return Fault.NONE;
    }
}
