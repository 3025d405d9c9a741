package dev.vpos.gateway.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void capsAtTheLimitAndSaysSo() {
        assertEquals("abc", LogText.cap("abc"));
        assertNull(LogText.cap(null));
        assertEquals("x".repeat(LogText.MAX), LogText.cap("x".repeat(LogText.MAX)));
        assertEquals("x".repeat(LogText.MAX) + "…", LogText.cap("x".repeat(LogText.MAX + 1)));
    }

    @Test
    void cardNumbersInFreeTextAreMaskedOthersKept() {
        String text = "card 4355084355084358, rrn 411219539222, amount 100025, order 20261123000001";

        assertEquals(
                "card 435508******4358, rrn 411219539222, amount 100025, order 20261123000001",
                LogText.maskCardNumbers(text, 15));
        assertEquals("", LogText.maskCardNumbers(null, 12));
        assertThrows(IllegalArgumentException.class, () -> LogText.maskCardNumbers(text, 11));
    }

    @Test
    void aShorterMinimumAlsoMasksTwelveDigitNumbersThatPassLuhn() {
        assertEquals("card 411111**1117", LogText.maskCardNumbers("card 411111111117", 12));
        assertEquals("card 411111111117", LogText.maskCardNumbers("card 411111111117", 13));
    }

    @Test
    void fieldsAreMaskedByNameJoinedAndCapped() {
        FieldMasking masking = FieldMasking.of(Set.of("cvv", "hash"), Set.of("pan"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pan", "4355084355084358");
        form.put("cvv", "000");
        form.put("hash", "");
        form.put("amount", "10.00");

        assertEquals("pan=435508******4358&cvv=***&hash=&amount=10.00", LogText.fields(form, "&", masking));
    }

    @Test
    void nestedRequestFieldsAreMaskedAtEveryLevelInOrder() {
        FieldMasking masking = FieldMasking.of(Set.of("Password"), Set.of("Pan"));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("Merchant", Map.of("Password", "s3cret"));
        request.put("Pan", "4355084355084358");
        request.put("Masked", "435508******4358");

        assertEquals(
                "{Merchant={Password=***}, Pan=435508******4358, Masked=435508******4358}",
                masking.applyTo(request).toString());
    }
}
