package dev.vpos.simulator.est;

import static dev.vpos.simulator.est.SaleRequests.APPROVING_MASTERCARD;
import static dev.vpos.simulator.est.SaleRequests.APPROVING_VISA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.est.EstVerdict.Fault;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EstOutcomesTest {

    private final EstOutcomes outcomes = new EstOutcomes(SaleRequests.NOV_23_2026);

    private EstVerdict sale(String card, String amount, String expires) {
        return outcomes.outcome(card, expires, new BigDecimal(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {APPROVING_VISA, APPROVING_MASTERCARD, "4111111111111111", "9792030000000000"})
    void theApprovalCardsAndAnyOtherLuhnValidCardAreApproved(String card) {
        EstVerdict v = sale(card, "100.25", "12/30");

        assertEquals("Approved", v.response());
        assertEquals("00", v.procReturnCode());
        assertEquals("", v.errMsg());
        assertEquals(Fault.NONE, v.fault());
    }

    @ParameterizedTest
    @CsvSource({
        "4546711234567894, 51, Yetersiz bakiye",
        "4508034508034509, 54, Son kullanma tarihi gecmis kart",
        "4000000000000002, 05, Islem onaylanmadi",
        "4000000000000044, 41, 'Kayip kart, karta el koyunuz'"
    })
    void eachDeclineTestCardGetsItsCodeAndMessage(String card, String code, String message) {
        EstVerdict v = sale(card, "100.00", "12/30");

        assertEquals("Declined", v.response());
        assertEquals(code, v.procReturnCode());
        assertEquals(message, v.errMsg());
        assertEquals("", v.errorCode());
    }

    @ParameterizedTest
    @CsvSource({"10.51, 51", "0.51, 51", "99.54, 54", "10.05, 05", "1234.05, 05", "10.41, 41"})
    void magicMinorUnitsDeclineAnApprovingCard(String amount, String code) {
        assertEquals(code, sale(APPROVING_MASTERCARD, amount, "12/30").procReturnCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.50", "10.5", "10.15", "51", "54.00", "5.00", "100.25"})
    void otherAmountsApprove(String amount) {
        assertEquals("00", sale(APPROVING_VISA, amount, "12/30").procReturnCode());
    }

    @Test
    void aDeclineTestCardWinsOverAMagicAmount() {
        assertEquals("51", sale("4546711234567894", "10.05", "12/30").procReturnCode());
    }

    @Test
    void aCardPastItsExpiryMonthIsDeclinedAsExpired() {
        assertEquals("54", sale(APPROVING_VISA, "10.00", "10/26").procReturnCode());
        assertEquals("54", sale(APPROVING_VISA, "10.00", "12/21").procReturnCode());
        assertEquals(
                "Son kullanma tarihi gecmis kart",
                sale(APPROVING_VISA, "10.00", "10/26").errMsg());
    }

    @Test
    void aCardIsValidThroughTheLastMomentOfItsExpiryMonth() {
        Clock lastSecondOfNovember = Clock.fixed(Instant.parse("2026-11-30T20:59:59Z"), ZoneId.of("Europe/Istanbul"));
        Clock firstSecondOfDecember = Clock.fixed(Instant.parse("2026-11-30T21:00:00Z"), ZoneId.of("Europe/Istanbul"));

        assertFalse(new EstOutcomes(lastSecondOfNovember).isExpired("11/26"));
        assertTrue(new EstOutcomes(firstSecondOfDecember).isExpired("11/26"));
        assertEquals("00", sale(APPROVING_VISA, "10.00", "11/26").procReturnCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "13/30", "00/30", "1230", "12/2030", "ab/cd"})
    void anExpiryThatIsNotMmSlashYyCountsAsExpired(String expires) {
        assertEquals("54", sale(APPROVING_VISA, "10.00", expires).procReturnCode());
    }

    @Test
    void sevenSevensAnswersSlowlyWithWhatTheCardWouldGet() {
        EstVerdict approving = sale(APPROVING_VISA, "7777.77", "12/30");
        EstVerdict declining = sale("4546711234567894", "7777.77", "12/30");

        assertEquals(Fault.SLOW_ANSWER, approving.fault());
        assertEquals("00", approving.procReturnCode());
        assertEquals(Fault.SLOW_ANSWER, declining.fault());
        assertEquals("51", declining.procReturnCode());
    }

    @Test
    void eightEightsAnswersWithTruncatedXmlAndNinesWithHttp500() {
        assertEquals(
                Fault.TRUNCATED_XML, sale(APPROVING_VISA, "8888.88", "12/30").fault());
        assertEquals(Fault.HTTP_500, sale(APPROVING_VISA, "9999.99", "12/30").fault());
    }

    @Test
    void sixSixSixSixSixtySixResetsTheConnectionAfterAnApproval() {
        EstVerdict v = sale(APPROVING_VISA, "6666.66", "12/30");

        assertEquals("00", v.procReturnCode());
        assertEquals(Fault.CONNECTION_RESET, v.fault());
    }

    @Test
    void theNotEnrolledCardIsApprovedByTheApiItMattersOnlyAtTheGate() {
        assertEquals("00", sale(EstOutcomes.NOT_ENROLLED_CARD, "10.00", "12/30").procReturnCode());
    }
}
