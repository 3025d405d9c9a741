package dev.vpos.gateway.interpos;

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

/** Every code the adapter can report for InterPOS (and the simulator answers) is classified by migration V130. */
class InterPosReturnCodeCatalogTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\('INTERPOS', '([^']+)', +'([A-Z_]+)'.*(TRUE|FALSE), +(TRUE|FALSE)\\)[,;]$", Pattern.MULTILINE);

    private static Map<String, String[]> catalog() throws IOException {
        try (InputStream in =
                InterPosReturnCodeCatalogTest.class.getResourceAsStream("/db/migration/V130__interpos.sql")) {
            assertNotNull(in, "V130 is on the classpath");
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
        for (String code :
                new String[] {"00", "05", "41", "51", "54", "81", "E30", "E31", "E39", "E46", "MD:0", "MD:5", "MD:7"}) {
            assertTrue(rows.containsKey(code), code + " is in V130");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("00")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("51")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("41")[0]);
        assertEquals("TRUE", rows.get("41")[1]);
        assertEquals("FALSE", rows.get("51")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("MD:0")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("81")[0]);
    }
}
