package dev.vpos.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String CARD = "435508******4358";

    private static Candidate batch(
            long id,
            String order,
            String auth,
            String rrn,
            String amount,
            String commission,
            TransactionKind kind,
            LocalDate day) {
        return new Candidate(
                id,
                order,
                auth,
                rrn,
                MaskedCards.key(CARD),
                kind,
                false,
                Amounts.units(new BigDecimal(amount)),
                Amounts.units(new BigDecimal(commission)),
                "TRY",
                (int) day.toEpochDay(),
                false,
                false,
                "OPEN");
    }

    private static Candidate sale(long id, String order, String amount) {
        return batch(id, order, "A" + id, "R" + id, amount, "1.75", TransactionKind.SALE, DAY);
    }

    private static ParsedLine line(
            String order, String auth, String rrn, String amount, String commission, LocalDate day) {
        BigDecimal a = new BigDecimal(amount);
        return new ParsedLine(
                2,
                day,
                null,
                null,
                order,
                auth,
                rrn,
                null,
                null,
                CARD,
                MaskedCards.key(CARD),
                null,
                a.signum() < 0 ? TransactionKind.REFUND : TransactionKind.SALE,
                a,
                "TRY",
                1,
                commission == null ? null : new BigDecimal(commission),
                null);
    }

    private static StatementMatcher matcher(String tolerance, Candidate... candidates) {
        return new StatementMatcher(List.of(candidates), 1, new BigDecimal(tolerance));
    }

    @Test
    void anOrderIdPairsTheLineAndEqualAmountsAndFeesMatch() {
        Candidate b = sale(1, "O1", "100.00");
        LineMatch m = matcher("0", b).byCode(line("O1", null, null, "100.00", "1.75", DAY));

        assertEquals(MatchStatus.MATCHED, m.status());
        assertEquals(MatchedBy.ORDER_ID, m.matchedBy());
        assertSame(b, m.batch());
        assertNull(m.difference());
        assertTrue(b.taken());
    }

    @Test
    void anAmountOrFeeBeyondTheToleranceIsADifference() {
        assertEquals(
                DifferenceKind.AMOUNT,
                matcher("0", sale(1, "O1", "100.00"))
                        .byCode(line("O1", null, null, "100.01", "1.75", DAY))
                        .difference());
        assertEquals(
                DifferenceKind.FEE,
                matcher("0", sale(1, "O1", "100.00"))
                        .byCode(line("O1", null, null, "100.00", "2.00", DAY))
                        .difference());
        assertEquals(
                MatchStatus.MATCHED,
                matcher("0.01", sale(1, "O1", "100.00"))
                        .byCode(line("O1", null, null, "100.01", "1.76", DAY))
                        .status());
        assertEquals(
                MatchStatus.MATCHED,
                matcher("0", sale(1, "O1", "100.00"))
                        .byCode(line("O1", null, null, "100.00", null, DAY))
                        .status(),
                "no commission in the file: no fee check");
    }

    @Test
    void aVoidedRecordThatTheBankSettledIsADifference() {
        Candidate voided = new Candidate(
                1,
                "O1",
                "A",
                "R",
                MaskedCards.key(CARD),
                TransactionKind.SALE,
                true,
                Amounts.units(new BigDecimal("100")),
                0,
                "TRY",
                (int) DAY.toEpochDay(),
                false,
                false,
                "OPEN");
        assertEquals(
                DifferenceKind.VOIDED_IN_ERP,
                matcher("0", voided)
                        .byCode(line("O1", null, null, "100.00", null, DAY))
                        .difference());
    }

    @Test
    void aRefundLinePairsWithTheRefundRecordOfTheOrderNotItsSale() {
        Candidate sale = sale(1, "O1", "300.00");
        Candidate refund60 = batch(2, "O1", "A2", "R2", "-60.00", "0", TransactionKind.REFUND, DAY);
        Candidate refund40 = batch(3, "O1", "A3", "R3", "-40.00", "0", TransactionKind.REFUND, DAY);
        StatementMatcher m = matcher("0", sale, refund60, refund40);

        assertSame(
                refund40, m.byCode(line("O1", null, null, "-40.00", "0", DAY)).batch(), "same amount first");
        assertSame(
                refund60, m.byCode(line("O1", null, null, "-60.00", "0", DAY)).batch());
        assertSame(sale, m.byCode(line("O1", null, null, "300.00", null, DAY)).batch());
    }

    @Test
    void theSameOrderSettledTwiceIsADuplicate() {
        StatementMatcher m = matcher("0", sale(1, "O1", "100.00"));
        assertEquals(
                MatchStatus.MATCHED,
                m.byCode(line("O1", null, null, "100.00", null, DAY)).status());

        LineMatch second = m.byCode(line("O1", null, null, "100.00", null, DAY));
        assertEquals(DifferenceKind.DUPLICATE, second.difference());
        assertEquals(1, second.batch().id());
    }

    @Test
    void aRecordAnEarlierImportMatchedIsNotFreeAgain() {
        Candidate claimed = new Candidate(
                1,
                "O1",
                "A1",
                "R1",
                MaskedCards.key(CARD),
                TransactionKind.SALE,
                false,
                Amounts.units(new BigDecimal("100")),
                0,
                "TRY",
                (int) DAY.toEpochDay(),
                true,
                false,
                "MATCHED");
        StatementMatcher m = matcher("0", claimed);
        assertEquals(
                DifferenceKind.DUPLICATE,
                m.byCode(line("O1", null, null, "100.00", null, DAY)).difference());
        assertEquals(LineMatch.MISSING, m.byAmountDateCard(line(null, null, null, "100.00", null, DAY)));
        assertTrue(m.unmatchedOn(DAY).isEmpty());
    }

    @Test
    void anAuthCodeNeedsTheSameAmountOrCardAnRrnDoesNot() {
        Candidate b = sale(1, "O1", "100.00");
        assertEquals(
                MatchedBy.AUTH_CODE,
                matcher("0", b)
                        .byCode(line("OTHER", "A1", null, "100.00", null, DAY))
                        .matchedBy());

        Candidate other = new Candidate(
                1,
                "O1",
                "A1",
                "R1",
                "4111110000",
                TransactionKind.SALE,
                false,
                Amounts.units(new BigDecimal("100")),
                0,
                "TRY",
                (int) DAY.toEpochDay(),
                false,
                false,
                "OPEN");
        StatementMatcher m = matcher("0", other);
        assertNull(m.byCode(line(null, "A1", null, "99.00", null, DAY)), "same auth code, other amount, other card");
        LineMatch byRrn = m.byCode(line(null, null, "R1", "99.00", null, DAY));
        assertEquals(MatchedBy.RRN, byRrn.matchedBy());
        assertEquals(DifferenceKind.AMOUNT, byRrn.difference());
    }

    @Test
    void passTwoPairsByCardAmountAndTheNearestDayWithinTheTolerance() {
        Candidate dayBefore = batch(1, "X1", null, null, "50.00", "0.88", TransactionKind.SALE, DAY.minusDays(1));
        Candidate sameDay = batch(2, "X2", null, null, "50.00", "0.88", TransactionKind.SALE, DAY);
        StatementMatcher m = matcher("0", dayBefore, sameDay);
        ParsedLine noCodes = line(null, null, null, "50.00", null, DAY);

        assertNull(m.byCode(noCodes));
        LineMatch first = m.byAmountDateCard(noCodes);
        assertEquals(MatchedBy.CARD_AMOUNT_DATE, first.matchedBy());
        assertSame(sameDay, first.batch());
        assertSame(dayBefore, m.byAmountDateCard(noCodes).batch());
        assertEquals(LineMatch.MISSING, m.byAmountDateCard(noCodes));

        StatementMatcher far =
                matcher("0", batch(3, "X3", null, null, "50.00", "0", TransactionKind.SALE, DAY.minusDays(2)));
        assertEquals(LineMatch.MISSING, far.byAmountDateCard(noCodes), "two days away, tolerance one");
        assertEquals(LineMatch.MISSING, far.byAmountDateCard(line(null, null, null, "50.01", null, DAY.minusDays(2))));
    }

    @Test
    void theStatementDaysRecordsNoLinePairedAreMissingAtTheBank() {
        Candidate matched = sale(1, "O1", "10.00");
        Candidate missing = sale(2, "O2", "20.00");
        Candidate otherDay = batch(3, "O3", null, null, "30.00", "0", TransactionKind.SALE, DAY.plusDays(1));
        Candidate voided = new Candidate(
                4,
                "O4",
                null,
                null,
                null,
                TransactionKind.SALE,
                true,
                1000,
                0,
                "TRY",
                (int) DAY.toEpochDay(),
                false,
                false,
                "OPEN");
        StatementMatcher m = matcher("0", matched, missing, otherDay, voided);
        m.byCode(line("O1", null, null, "10.00", null, DAY));

        assertEquals(List.of(missing), m.unmatchedOn(DAY));
    }
}
