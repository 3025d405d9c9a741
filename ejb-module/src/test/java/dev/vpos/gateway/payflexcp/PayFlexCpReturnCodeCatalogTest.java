package dev.vpos.gateway.payflexcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for Common Payment (and the simulator answers) is classified by V180. */
class PayFlexCpReturnCodeCatalogTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\('PAYFLEX_CP', '([^']+)', +'([A-Z_]+)'.*(TRUE|FALSE), +(TRUE|FALSE)\\)[,;]$", Pattern.MULTILINE);

    private static Map<String, String[]> catalog() throws IOException {
        try (InputStream in =
                PayFlexCpReturnCodeCatalogTest.class.getResourceAsStream("/db/migration/V180__payflex_cp.sql")) {
            assertNotNull(in, "V180 is on the classpath");
            Matcher m = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String[]> rows = new HashMap<>();
            while (m.find()) {
                rows.put(m.group(1), new String[] {m.group(2), m.group(4)});
            }
            return rows;
        }
    }

    @Test
    void everyCodeTheFamilyProducesIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "0000", "0005", "0041", "0051", "0054", "0057", "0400", "1006", "1007", "1046", "1047", "1049", "1051",
            "1054", "1059", "1060", "1061", "1078", "1082", "1083", "1089", "1096", "1123", "1125", "0540", "0982",
            "2202", "2053", "5024", "5029", "9039", "9065"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V180");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("0000")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("0051")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("0041")[0]);
        assertEquals("TRUE", rows.get("0041")[1]);
        assertEquals("FALSE", rows.get("0051")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("0400")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("5029")[0]);
    }
}
