package dev.vpos.simulator.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstStatusInquiryTest {

    private static final String MERCHANT = "700655000200";
    /** A few seconds before the test clock's 13:00 on 23 November 2026, Istanbul time. */
    private static final OffsetDateTime TODAY = OffsetDateTime.parse("2026-11-23T12:59:58.123+03:00");

    private final Ledger ledger = new Ledger();
    private final EstStatusInquiry inquiry = new EstStatusInquiry(ledger, SaleRequests.NOV_23_2026);

    private static LedgerEntry sale(String orderId, String amount, String resultCode, OffsetDateTime when) {
        boolean approved = "00".equals(resultCode);
        return new LedgerEntry(
                "EST",
                MERCHANT,
                orderId,
                new BigDecimal(amount),
                "949",
                1,
                "435508******4358",
                resultCode,
                approved ? "P12345" : "",
                "632713000123",
                "26327MvfH00123",
                "2518",
                when);
    }

    @Test
    void anApprovedSaleOfTodayIsFoundCapturedButNotYetSettled() {
        ledger.record(sale("order222", "100.25", "00", TODAY));

        EstStatusAnswer a = inquiry.answer(MERCHANT, "order222");

        assertEquals(EstVerdict.recordsFound("order222"), a.verdict());
        assertEquals("Approved", a.verdict().response());
        assertEquals("00", a.verdict().procReturnCode());
        assertEquals("Record(s) found for order222", a.verdict().errMsg());
        assertEquals("order222", a.orderId());
        assertEquals("26327MvfH00123", a.transId());
        Map<String, String> expected = new TreeMap<>();
        expected.put("AUTH_CODE", "P12345");
        expected.put("AUTH_DTTM", "2026-11-23 12:59:58.123");
        expected.put("CAPTURE_AMT", "10025");
        expected.put("CAPTURE_DTTM", "2026-11-23 12:59:58.123");
        expected.put("CAVV_3D", "");
        expected.put("CHARGE_TYPE_CD", "S");
        expected.put("ECI_3D", "");
        expected.put("HOSTDATE", "1123-125958");
        expected.put("HOST_REF_NUM", "632713000123");
        expected.put("MDSTATUS", "");
        expected.put("NUMCODE", "0");
        expected.put(
                "ORDERSTATUS",
                "ORD_ID:order222\tCHARGE_TYPE_CD:S\tORIG_TRANS_AMT:10025\tCAPTURE_AMT:10025"
                        + "\tTRANS_STAT:C\tAUTH_DTTM:2026-11-23 12:59:58.123\tCAPTURE_DTTM:2026-11-23 12:59:58.123"
                        + "\tAUTH_CODE:P12345\tTRANS_ID:26327MvfH00123");
        expected.put("ORD_ID", "order222");
        expected.put("ORIG_TRANS_AMT", "10025");
        expected.put("PAN", "4355 08** **** 4358");
        expected.put("PROC_RET_CD", "00");
        expected.put("SETTLEID", "");
        expected.put("TRANS_ID", "26327MvfH00123");
        expected.put("TRANS_STAT", "C");
        expected.put("XID_3D", "");
        assertEquals(expected, a.extra());
        assertTrue(a.found());
    }

    @Test
    void extraListsItsElementsInTheGatewaysAlphabeticalOrder() {
        ledger.record(sale("order222", "100.25", "00", TODAY));

        assertEquals(
                List.of(
                        "AUTH_CODE",
                        "AUTH_DTTM",
                        "CAPTURE_AMT",
                        "CAPTURE_DTTM",
                        "CAVV_3D",
                        "CHARGE_TYPE_CD",
                        "ECI_3D",
                        "HOSTDATE",
                        "HOST_REF_NUM",
                        "MDSTATUS",
                        "NUMCODE",
                        "ORDERSTATUS",
                        "ORD_ID",
                        "ORIG_TRANS_AMT",
                        "PAN",
                        "PROC_RET_CD",
                        "SETTLEID",
                        "TRANS_ID",
                        "TRANS_STAT",
                        "XID_3D"),
                List.copyOf(inquiry.answer(MERCHANT, "order222").extra().keySet()));
    }

    @Test
    void anApprovedSaleIsASettledSaleOnceItsDayIsOver() {
        ledger.record(sale("yesterday", "10.00", "00", OffsetDateTime.parse("2026-11-22T23:59:59.999+03:00")));
        ledger.record(sale("midnight", "10.00", "00", OffsetDateTime.parse("2026-11-23T00:00:00.000+03:00")));

        assertEquals("S", inquiry.answer(MERCHANT, "yesterday").transStat());
        assertEquals("C", inquiry.answer(MERCHANT, "midnight").transStat());
    }

    @Test
    void theBankDayIsIstanbulsWhateverZoneTheLedgerTimeIsWrittenIn() {
        ledger.record(sale("utc", "10.00", "00", OffsetDateTime.parse("2026-11-22T21:30:00Z")));

        EstStatusAnswer a = inquiry.answer(MERCHANT, "utc");

        assertEquals("C", a.transStat(), "00:30 on the 23rd in Istanbul");
        assertEquals("2026-11-23 00:30:00.000", a.extra().get("AUTH_DTTM"));
    }

    @Test
    void aDeclinedSaleIsFoundAsAFailedTransactionWithItsDeclineCode() {
        ledger.record(sale("declined", "100.51", "51", TODAY));

        EstStatusAnswer a = inquiry.answer(MERCHANT, "declined");

        assertEquals("Approved", a.verdict().response(), "the query succeeded");
        assertEquals("00", a.verdict().procReturnCode());
        assertEquals("D", a.transStat());
        assertEquals("51", a.extra().get("PROC_RET_CD"));
        assertEquals("", a.extra().get("AUTH_CODE"));
        assertEquals("10051", a.extra().get("ORIG_TRANS_AMT"));
        assertEquals("", a.extra().get("CAPTURE_AMT"), "nothing was captured");
        assertEquals("", a.extra().get("CAPTURE_DTTM"));
        assertEquals("2026-11-23 12:59:58.123", a.extra().get("AUTH_DTTM"));
        assertEquals("632713000123", a.extra().get("HOST_REF_NUM"));
        assertEquals(
                "ORD_ID:declined\tCHARGE_TYPE_CD:S\tORIG_TRANS_AMT:10051\tCAPTURE_AMT:\tTRANS_STAT:D"
                        + "\tAUTH_DTTM:2026-11-23 12:59:58.123\tCAPTURE_DTTM:\tAUTH_CODE:\tTRANS_ID:26327MvfH00123",
                a.extra().get("ORDERSTATUS"));
    }

    @Test
    void anOrderDeclinedAndThenApprovedShowsTheApproval() {
        ledger.record(sale("retried", "10.51", "51", TODAY.minusMinutes(2)));
        ledger.record(sale("retried", "10.00", "00", TODAY.minusMinutes(1)));
        ledger.record(sale("retried", "10.05", "05", TODAY));

        EstStatusAnswer a = inquiry.answer(MERCHANT, "retried");

        assertEquals("C", a.transStat());
        assertEquals("1000", a.extra().get("ORIG_TRANS_AMT"));
    }

    @Test
    void anOrderThatWasOnlyDeclinedShowsItsLatestDecline() {
        ledger.record(sale("twice", "10.51", "51", TODAY.minusMinutes(1)));
        ledger.record(sale("twice", "10.05", "05", TODAY));

        assertEquals("05", inquiry.answer(MERCHANT, "twice").extra().get("PROC_RET_CD"));
    }

    @Test
    void anUnknownOrderIsNoRecordFoundWithAnEmptyOrderStatusLine() {
        EstStatusAnswer a = inquiry.answer(MERCHANT, "2022103088D22");

        assertEquals("Declined", a.verdict().response());
        assertEquals("99", a.verdict().procReturnCode());
        assertEquals("No record found for 2022103088D22", a.verdict().errMsg());
        assertEquals("", a.verdict().errorCode(), "not an error: no CORE code");
        assertEquals("", a.orderId());
        assertEquals("", a.transId());
        assertEquals(
                Map.of(
                        "NUMCODE",
                        "0",
                        "ORDERSTATUS",
                        "ORD_ID:\tCHARGE_TYPE_CD:\tORIG_TRANS_AMT:\tCAPTURE_AMT:\tTRANS_STAT:\tAUTH_DTTM:\tCAPTURE_DTTM:\tAUTH_CODE:"),
                a.extra());
        assertFalse(a.found());
        assertEquals("", a.transStat());
    }

    @Test
    void anotherMerchantsOrAnotherFamilysOrderIsNotFound() {
        ledger.record(sale("shared-id", "10.00", "00", TODAY));
        ledger.record(new LedgerEntry(
                "GARANTI",
                MERCHANT,
                "garanti-only",
                BigDecimal.TEN,
                "949",
                1,
                "435508******4358",
                "00",
                "P1",
                "1",
                "1",
                "1",
                TODAY));

        assertFalse(inquiry.answer("190100000", "shared-id").found());
        assertFalse(inquiry.answer(MERCHANT, "garanti-only").found());
        assertTrue(inquiry.answer(MERCHANT, "shared-id").found());
    }

    @Test
    void answeringAStatusQueryBooksNothing() {
        ledger.record(sale("order222", "100.25", "00", TODAY));

        inquiry.answer(MERCHANT, "order222");
        inquiry.answer(MERCHANT, "unknown");

        assertEquals(1, ledger.newestFirst(Optional.empty()).size());
    }

    @ParameterizedTest
    @CsvSource({"1000.01, 100001", "100.25, 10025", "1, 100", "10.5, 1050", "0.01, 1", "7777.77, 777777"})
    void amountsAreMinorUnitsWithoutADot(String amount, String minorUnits) {
        assertEquals(minorUnits, EstStatusInquiry.minorUnits(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @CsvSource({
        "435508******4358, 4355 08** **** 4358",
        "400000*********0006, 4000 00** **** ***0 006",
        "371449*****8431, 3714 49** ***8 431",
        "****, ****"
    })
    void theMaskedCardIsShownInGroupsOfFour(String masked, String grouped) {
        assertEquals(grouped, EstStatusInquiry.inGroupsOfFour(masked));
    }
}
