package dev.vpos.bins.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinCsvTest {

    @Test
    void aBanksFileIsReadWithItsColumnsInAnyOrderAndSemicolons() {
        BinCsv.Parsed p = BinCsv.parse("\uFEFFcountry;prefix;issuer_code;issuer_name;programme;brand;card_type\r\n"
                + "TR;540134;0062;\"Garanti BBVA; Bonus\";Bonus;mastercard;credit\r\n"
                + "\r\n"
                + "tr;41322600;0046;Akbank;;VISA;DEBIT\r\n");
        assertTrue(p.valid(), p.errors().toString());
        assertEquals(2, p.lines());
        CardProfile bonus = p.rows().get(0);
        assertEquals("Garanti BBVA; Bonus", bonus.issuerName());
        assertEquals("MASTERCARD", bonus.brand());
        assertEquals(CardType.CREDIT, bonus.type());
        CardProfile debit = p.rows().get(1);
        assertEquals("41322600", debit.prefix());
        assertNull(debit.programme());
        assertEquals("TR", debit.country());
        assertFalse(debit.installmentsAllowed("TR"));
    }

    @Test
    void everyBadLineIsNamedWithItsColumnAndNothingPasses() {
        BinCsv.Parsed p = BinCsv.parse("prefix,issuer_code,issuer_name,programme,brand,card_type,country\n"
                + "12345,0046,Akbank,Axess,VISA,CREDIT,TR\n"
                + "435508,0046,Akbank,Axess,DINERSCLUB,PREPAID,Turkey\n"
                + "435508,0046,Akbank,Axess,VISA,CREDIT,TR\n"
                + "435508,0046,Akbank,Axess,VISA,CREDIT,TR\n");
        assertFalse(p.valid());
        List<String> where = p.errors().stream().map(FieldError::field).toList();
        assertEquals(
                List.of(
                        "line 2: prefix",
                        "line 3: brand",
                        "line 3: card_type",
                        "line 3: country",
                        "line 4: prefix",
                        "line 5: prefix"),
                where);
        assertEquals(
                "bins.prefixRepeated",
                p.errors().get(4).messageKey(),
                "line 3 named 435508 first, bad as the rest of it was");
    }

    @Test
    void aFileWithoutTheColumnsOrRowsIsRefused() {
        assertEquals(
                "bins.columnMissing",
                BinCsv.parse("prefix,issuer_code\n435508,0046\n")
                        .errors()
                        .get(0)
                        .messageKey());
        assertEquals(
                "bins.empty",
                BinCsv.parse("prefix,issuer_code,issuer_name,programme,brand,card_type,country\n")
                        .errors()
                        .get(0)
                        .messageKey());
        assertEquals("bins.empty", BinCsv.parse("  \n").errors().get(0).messageKey());
    }
}
