package dev.vpos.simulator.est;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstRulesTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Istanbul"));
    private final Ledger ledger = new Ledger();
    private final EstRules rules = new EstRules(new EstMerchants(Map.of("700655000200",
            new EstMerchants.Merchant("700655000200", "ISBANKAPI", "ISBANK07", "TRPS0200"))), ledger, NOV_2026);

    private static EstRequest sale(String card, String total, String expires) {
        Map<String, String> f = new HashMap<>(Map.of("Name", "ISBANKAPI", "Password", "ISBANK07", "ClientId", "700655000200",
                "Type", "Auth", "OrderId", "O1", "Total", total, "Currency", "949", "Number", card, "Expires", expires));
        f.put("Taksit", "");
        return new EstRequest(f);
    }

    @Test
    void documentedTestCardsGiveTheirCodes() {
        assertEquals("00", rules.decide(sale("4355084355084358", "10.00", "12/30")).procReturnCode());
        assertEquals("00", rules.decide(sale("5401341234567891", "10.00", "12/30")).procReturnCode());
        assertEquals("51", rules.decide(sale(EstRules.INSUFFICIENT_FUNDS_CARD, "10.00", "12/30")).procReturnCode());
        assertEquals("54", rules.decide(sale(EstRules.EXPIRED_CARD, "10.00", "12/30")).procReturnCode());
        assertEquals("05", rules.decide(sale(EstRules.DO_NOT_HONOR_CARD, "10.00", "12/30")).procReturnCode());
        assertEquals("41", rules.decide(sale(EstRules.LOST_CARD, "10.00", "12/30")).procReturnCode());
    }

    @Test
    void magicAmountsDecideForAnyApprovingCard() {
        assertEquals("51", rules.decide(sale("4355084355084358", "10.51", "12/30")).procReturnCode());
        assertEquals("54", rules.decide(sale("4355084355084358", "99.54", "12/30")).procReturnCode());
        assertEquals("05", rules.decide(sale("4355084355084358", "10.05", "12/30")).procReturnCode());
        assertEquals(EstVerdict.Fault.SLOW, rules.decide(sale("4355084355084358", "7777.77", "12/30")).fault());
        assertEquals(EstVerdict.Fault.MALFORMED, rules.decide(sale("4355084355084358", "8888.88", "12/30")).fault());
        assertEquals(EstVerdict.Fault.HTTP_500, rules.decide(sale("4355084355084358", "9999.99", "12/30")).fault());
    }

    @Test
    void aCardPastItsExpiryMonthIsExpiredButNotDuringIt() {
        assertEquals("54", rules.decide(sale("4355084355084358", "10.00", "10/26")).procReturnCode());
        assertEquals("00", rules.decide(sale("4355084355084358", "10.00", "11/26")).procReturnCode());
    }

    @Test
    void wrongCredentialsBadCardsAndBadAmountsAreGatewayErrors() {
        EstRequest wrongPassword = sale("4355084355084358", "10.00", "12/30");
        wrongPassword.fields().put("Password", "nope");
        assertEquals("CORE-2001", rules.decide(wrongPassword).errorCode());
        assertEquals("CORE-2012", rules.decide(sale("4355084355084359", "10.00", "12/30")).errorCode());
        assertEquals("CORE-2102", rules.decide(sale("4355084355084358", "10.001", "12/30")).errorCode());
        assertEquals("99", rules.decide(sale("4355084355084358", "-1", "12/30")).procReturnCode());
    }

    @Test
    void anOrderIdAlreadyApprovedIsRefused() {
        ledger.record(new LedgerEntry("EST", "700655000200", "O1", "Auth", BigDecimal.TEN, "949", 1, "435508******4358",
                "00", "P1", "1", "T1", "20261123", OffsetDateTime.now(NOV_2026)));

        assertEquals("CORE-2050", rules.decide(sale("4355084355084358", "10.00", "12/30")).errorCode());
    }
}
