package dev.vpos.simulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.settlement.SettlementFees;
import dev.vpos.simulator.settlement.SettlementFile;
import dev.vpos.simulator.settlement.SettlementLayouts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerFaultsTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private final Ledger ledger = new Ledger();
    private final LedgerFaults faults =
            new LedgerFaults(ledger, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ISTANBUL));

    private String settlement(String family, String merchant) {
        return new SettlementFile(ledger, SettlementFees.demoContract(), ISTANBUL)
                .write(SettlementLayouts.of(family).orElseThrow(), Optional.of(merchant), LocalDate.of(2026, 11, 23));
    }

    @Test
    void aBookedApprovalIsOnTheSettlementFileWithTheBanksCodes() {
        LedgerEntry e =
                faults.book(new LedgerFaults.Booking("est", "700655000300", null, "77.00", null, null, null, null));

        assertEquals("EST", e.family());
        assertTrue(e.orderId().startsWith("BANK-"));
        assertEquals("949", e.currency());
        assertEquals("435508******4358", e.maskedPan());
        assertEquals(LedgerType.SALE, e.type());
        assertTrue(e.isApproved());
        assertEquals(6, e.authCode().length());
        assertEquals(12, e.hostRefNum().length());
        String file = settlement("EST", "700655000300");
        assertTrue(
                file.contains(
                        e.orderId() + ";Satis;77,00;949;1;435508******4358;" + e.authCode() + ";" + e.hostRefNum()),
                file);
    }

    @Test
    void aSecondApprovalOfTheSameOrderIsRefusedAndBadInputIsNamed() {
        faults.book(
                new LedgerFaults.Booking("POSNET", "6706598320", "X1", "10.00", null, 1, "5401341234567891", "SALE"));
        assertThrows(
                LedgerFaults.OrderTaken.class,
                () -> faults.book(
                        new LedgerFaults.Booking("POSNET", "6706598320", "X1", "10.00", null, 1, null, null)));
        assertEquals(
                "amount must be positive with at most 2 decimals",
                assertThrows(
                                LedgerFaults.BadBooking.class,
                                () -> faults.book(
                                        new LedgerFaults.Booking("EST", "M", null, "1.005", null, null, null, null)))
                        .getMessage());
        assertThrows(
                LedgerFaults.BadBooking.class,
                () -> faults.book(new LedgerFaults.Booking("MYPOS", "M", null, "1.00", null, null, null, null)));
        assertThrows(
                LedgerFaults.BadBooking.class,
                () -> faults.book(new LedgerFaults.Booking("EST", "M", null, "1.00", null, null, null, "REFUND")),
                "a refund needs its order");
        assertThrows(
                LedgerFaults.BadBooking.class,
                () -> faults.book(new LedgerFaults.Booking("EST", "M", null, "1.00", null, null, "12345", null)));
    }

    @Test
    void aForgottenOrderLeavesTheSettlementFileAndItsOrderIdIsFreeAgain() {
        ledger.record(new LedgerEntry(
                "EST",
                "700655000300",
                "O1",
                new BigDecimal("50.00"),
                "949",
                1,
                "435508******4358",
                "00",
                "P1",
                "R1",
                "T1",
                "1",
                java.time.OffsetDateTime.parse("2026-11-23T12:00:00+03:00")));
        ledger.record(new LedgerEntry(
                "EST",
                "700655000300",
                "O1",
                new BigDecimal("20.00"),
                "949",
                1,
                "435508******4358",
                "00",
                "P2",
                "R2",
                "T2",
                "1",
                java.time.OffsetDateTime.parse("2026-11-23T13:00:00+03:00"),
                LedgerType.REFUND));
        ledger.record(new LedgerEntry(
                "EST",
                "700655000300",
                "O2",
                new BigDecimal("30.00"),
                "949",
                1,
                "435508******4358",
                "00",
                "P3",
                "R3",
                "T3",
                "1",
                java.time.OffsetDateTime.parse("2026-11-23T12:00:00+03:00")));
        assertTrue(settlement("EST", "700655000300").contains(";O1;"));

        assertEquals(2, faults.forget("EST", "700655000300", "O1"));

        String file = settlement("EST", "700655000300");
        assertFalse(file.contains(";O1;"), file);
        assertTrue(file.contains(";O2;"), file);
        assertFalse(ledger.hasApproved("EST", "700655000300", "O1"));
        assertEquals(0, faults.forget("EST", "700655000300", "O1"));
        assertEquals(0, faults.forget("EST", "other merchant", "O2"));
    }

    /**
     * Issue #16's families: a booking carries the currency code the family's own entries carry and identifiers in
     * digits (Akbank's answers read its stan as a number), is the family's order for its follow-ups and answers, and
     * is a line of its settlement file; forgetting it takes it out of both.
     */
    @ParameterizedTest
    @CsvSource({
        "TOSLA, 949",
        "AKBANK, 949",
        "VAKIF_KATILIM, 0949",
        "PARAM, TRY",
        "INTERPOS, 949",
        "POSNET_V1, 949",
        "PAYFLEX_CP, 949"
    })
    void everyNewFamilyTakesABookingAndForgetsIt(String family, String currency) {
        LedgerEntry e = faults.book(new LedgerFaults.Booking(
                family.toLowerCase(java.util.Locale.ROOT), "M1", null, "77.00", null, null, "5401341234567891", null));

        assertEquals(family, e.family());
        assertEquals(currency, e.currency());
        assertTrue(e.authCode().matches("[0-9]{6}"), e.authCode());
        assertTrue(e.hostRefNum().matches("[0-9]{12}"), e.hostRefNum());
        assertTrue(e.transId().matches("[0-9]{9}"), e.transId());
        assertTrue(ledger.order(family, "M1", e.orderId()).exists());
        String saleCode = SettlementLayouts.of(family).orElseThrow().typeCodes().get("SALE");
        String line = settlement(family, "M1")
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow(() -> new AssertionError(family + ": no line"));
        for (String cell : new String[] {e.orderId(), saleCode, currency, "540134******7891", e.authCode()}) {
            assertTrue(line.contains(cell), family + ": " + cell + " in " + line);
        }

        assertEquals(1, faults.forget(family, "M1", e.orderId()));
        assertFalse(ledger.order(family, "M1", e.orderId()).exists());
        assertEquals(1, settlement(family, "M1").lines().count(), family + ": the header only");
    }
}
