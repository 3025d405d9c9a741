package dev.vpos.simulator.est;

import static dev.vpos.simulator.est.SaleRequests.sale;
import static dev.vpos.simulator.est.StatusQueries.statusOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EstRequestChecksTest {

    private final Ledger ledger = new Ledger();
    private final EstRequestChecks checks = new EstRequestChecks(SaleRequests.MERCHANTS, ledger);

    private EstVerdict failure(SaleRequests sale) {
        EstVerdict v = checks.firstFailure(sale.request()).orElseThrow(() -> new AssertionError("expected an error"));
        assertEquals("Error", v.response());
        assertEquals("99", v.procReturnCode());
        return v;
    }

    @Test
    void aWellFormedSaleOfAKnownMerchantPassesEveryCheck() {
        assertTrue(checks.firstFailure(sale().request()).isEmpty());
        assertTrue(checks.firstFailure(sale().with("ClientId", "190100000")
                        .with("Name", "ZIRAATAPI")
                        .with("Password", "ZIRAAT19")
                        .request())
                .isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "999999999, ISBANKAPI, ISBANK07",
        "700655000200, ZIRAATAPI, ISBANK07",
        "700655000200, ISBANKAPI, isbank07",
        "700655000200, ISBANKAPI, ''",
        "190100000, ISBANKAPI, ISBANK07"
    })
    void anUnknownClientIdOrWrongUserOrPasswordIsUnauthorized(String clientId, String user, String password) {
        EstVerdict v =
                failure(sale().with("ClientId", clientId).with("Name", user).with("Password", password));

        assertEquals("CORE-2001", v.errorCode());
        assertEquals("Yetkisiz erisim / Unauthorized access", v.errMsg());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sale", "auth", "preauth", "Refund", "Cancel", ""})
    void operationsTheGatewayDoesNotKnowAreNotSupported(String type) {
        EstVerdict v = failure(sale().with("Type", type));

        assertEquals("CORE-1001", v.errorCode());
        assertEquals("991001", v.numCode());
        assertTrue(v.errMsg().contains("'" + type + "' is not supported by this simulator version"), v.errMsg());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auth", "PreAuth", "PostAuth", "Void", "Credit"})
    void theFiveOperationsPassTheRoutingChecks(String type) {
        assertTrue(
                checks.firstRoutingFailure(sale().with("Type", type).request()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PostAuth", "Void", "Credit"})
    void aFollowUpIsNotACardAuthorisation(String type) {
        EstVerdict v = failure(sale().with("Type", type));

        assertEquals("CORE-1001", v.errorCode());
        assertTrue(v.errMsg().contains("takes no card"), v.errMsg());
    }

    @Test
    void aPreAuthorisationPassesTheSameChecksAsASale() {
        assertTrue(checks.firstFailure(sale().with("Type", "PreAuth").request()).isEmpty());
        assertEquals(
                "CORE-2012",
                failure(sale().with("Type", "PreAuth").card("4355084355084359")).errorCode());
    }

    @Test
    void anUnknownQueryIsNotSupportedAndTheMessageNamesIt() {
        EstVerdict v = checks.firstFailure(statusOf("o-1")
                        .extra("ORDERSTATUS", "")
                        .extra("RECURRINGID", "QUERY")
                        .request())
                .orElseThrow();

        assertEquals("CORE-1001", v.errorCode());
        assertTrue(v.errMsg().contains("Operation 'Extra/RECURRINGID' is not supported"), v.errMsg());
    }

    @Test
    void aStatusQueryOfAKnownMerchantWithAnOrderIdPassesItsChecks() {
        assertTrue(
                checks.firstStatusQueryFailure(statusOf("never-sent").request()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"999999999, ISBANKAPI, ISBANK07", "700655000200, ISBANKAPI, wrong", "700655000200, ZIRAATAPI, ZIRAAT19"
    })
    void aStatusQueryWithWrongCredentialsIsUnauthorizedExactlyLikeASale(String clientId, String user, String password) {
        EstVerdict v = checks.firstStatusQueryFailure(statusOf("o-1")
                        .with("ClientId", clientId)
                        .with("Name", user)
                        .with("Password", password)
                        .request())
                .orElseThrow();

        assertEquals(
                failure(sale().with("ClientId", clientId).with("Name", user).with("Password", password)), v);
        assertEquals("CORE-2001", v.errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aStatusQueryWithoutAnOrderIdIsAnError(String orderId) {
        EstVerdict v =
                checks.firstStatusQueryFailure(statusOf(orderId).request()).orElseThrow();

        assertEquals("Error", v.response());
        assertEquals("99", v.procReturnCode());
        assertEquals("CORE-1002", v.errorCode());
        assertEquals("991002", v.numCode());
        assertEquals("Siparis numarasi eksik / OrderId is required for a status query", v.errMsg());
    }

    @Test
    void aStatusQueryWithoutAnyOrderIdElementIsAnErrorToo() {
        assertEquals(
                "CORE-1002",
                checks.firstStatusQueryFailure(statusOf("x").without("OrderId").request())
                        .orElseThrow()
                        .errorCode());
    }

    @Test
    void aStatusQuerysCredentialsAreCheckedBeforeItsOrderId() {
        EstVerdict v = checks.firstStatusQueryFailure(
                        statusOf("").with("Password", "wrong").request())
                .orElseThrow();

        assertEquals("CORE-2001", v.errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0.00", "-1", "-10.00", "10.001", "10,25", "1.", ".5", "abc", "1e3", " "})
    void aTotalThatIsNotAPositiveAmountWithAtMostTwoDecimalsIsInvalid(String total) {
        EstVerdict v = failure(sale().total(total));

        assertEquals("CORE-2102", v.errorCode());
        assertEquals("Gecersiz tutar", v.errMsg());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "13", "02", "x", "-3", "2.5"})
    void installmentsMustBeEmptyOrTwoToTwelve(String taksit) {
        EstVerdict v = failure(sale().with("Taksit", taksit));

        assertEquals("CORE-2603", v.errorCode());
        assertEquals("Taksit tablosu icin gecersiz deger", v.errMsg());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "6", "12"})
    void twoToTwelveInstallmentsAreAccepted(String taksit) {
        assertTrue(checks.firstFailure(sale().with("Taksit", taksit).request()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "4355084355084359",
                "5555444433332222",
                "43550843550843",
                "4355 0843 5508 4358",
                "12345678901",
                "40000000000000000006"
            })
    void aMissingOrMalformedCardNumberIsRefused(String number) {
        EstVerdict v = failure(sale().card(number));

        assertEquals("CORE-2012", v.errorCode());
        assertEquals("992012", v.numCode());
        assertEquals("Kredi karti numarasi gecerli formatta degil.", v.errMsg());
    }

    @Test
    void anOrderIdAlreadyApprovedForTheMerchantIsRefused() {
        ledger.record(new LedgerEntry(
                "EST",
                "700655000200",
                "order222",
                BigDecimal.TEN,
                "949",
                1,
                "435508******4358",
                "00",
                "P12345",
                "632710000001",
                "26327MvfH00001",
                "2518",
                OffsetDateTime.now(SaleRequests.NOV_23_2026)));

        EstVerdict v = failure(sale());

        assertEquals("CORE-2050", v.errorCode());
        assertEquals("Daha once kullanilmis siparis numarasi / Order id already used", v.errMsg());
        assertTrue(checks.firstFailure(sale().with("OrderId", "order223").request())
                .isEmpty());
    }

    @Test
    void credentialsAreCheckedBeforeAnythingElse() {
        EstVerdict v = failure(sale().with("Password", "wrong")
                .with("Type", "Void")
                .total("-1")
                .card("1"));

        assertEquals("CORE-2001", v.errorCode());
    }
}
