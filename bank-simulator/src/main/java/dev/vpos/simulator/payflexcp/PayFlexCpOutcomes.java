package dev.vpos.simulator.payflexcp;

import dev.vpos.simulator.payflexcp.PayFlexCpReply.Fault;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the simulated bank answers an authenticated payment: the shared test cards first, then the card's expiry, then
 * the magic minor units; anything else is approved. The codes are VakıfBank's VPOS codes, which Common Payment's
 * {@code Rc} carries (mews/pos's fixture: 0057). A failed ACS password is 0400. Magic whole amounts make the
 * payment's inquiry misbehave.
 */
final class PayFlexCpOutcomes {

    static final String APPROVED = "0000";
    static final String INSUFFICIENT_FUNDS = "0051";
    static final String EXPIRED = "0054";
    static final String DO_NOT_HONOR = "0005";
    static final String LOST_CARD = "0041";
    static final String AUTHENTICATION_FAILED = "0400";
    static final String OTP = "123456";

    static final Map<String, String> MESSAGES = Map.of(
            APPROVED, "İŞLEM BAŞARILI",
            INSUFFICIENT_FUNDS, "BAKİYESİ-KREDİ LİMİTİ YETERSİZ",
            EXPIRED, "VADE SONU GEÇMİŞ KART",
            DO_NOT_HONOR, "RED-ONAYLANMADI",
            LOST_CARD, "KAYIP KART- KARTA EL KOY",
            AUTHENTICATION_FAILED, "3D Secure şifre doğrulaması yapılamadı");
    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", INSUFFICIENT_FUNDS,
            "4508034508034509", EXPIRED,
            "4000000000000002", DO_NOT_HONOR,
            "4000000000000044", LOST_CARD);
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS =
            Map.of(51, INSUFFICIENT_FUNDS, 54, EXPIRED, 5, DO_NOT_HONOR, 41, LOST_CARD);

    private final Clock clock;

    PayFlexCpOutcomes(Clock clock) {
        this.clock = clock;
    }

    /** For a well-formed card, an expiry of YYYYMM and a positive amount. */
    String code(String pan, String expiryYyyyMm, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return CODE_BY_CARD.get(pan);
        }
        YearMonth month = YearMonth.of(
                Integer.parseInt(expiryYyyyMm.substring(0, 4)), Integer.parseInt(expiryYyyyMm.substring(4)));
        if (month.isBefore(YearMonth.now(clock))) {
            return EXPIRED;
        }
        int minorUnits = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return CODE_BY_MINOR_UNITS.getOrDefault(minorUnits, APPROVED);
    }

    static Fault fault(BigDecimal amount) {
        return switch (amount.toPlainString()) {
            case "7777.77" -> Fault.SLOW;
            case "8888.88" -> Fault.MALFORMED;
            case "9999.99" -> Fault.HTTP_500;
            case "6666.66" -> Fault.RESET;
            default -> Fault.NONE;
        };
    }
}
