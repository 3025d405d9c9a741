package dev.vpos.gateway.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeProfileTest {

    private final StripeProfile stripe = new StripeProfile();

    @Test
    void aLiveDefinitionRefusesTestKeysAndATestDefinitionLiveKeys() {
        List<FieldError> live = stripe.check(true, Map.of("publishableKey", "pk_test_51Hx", "secretKey", "sk_test_51Hx"));
        List<FieldError> test = stripe.check(false, Map.of("secretKey", "sk_live_51Hx"));

        assertEquals(List.of("credentials.publishableKey", "credentials.secretKey"), live.stream().map(FieldError::field).toList());
        assertEquals("credentials.secretKey", test.get(0).field());
    }

    @Test
    void matchingKeysPassAndAbsentKeysWaitForEnable() {
        assertTrue(stripe.check(true, Map.of("publishableKey", "pk_live_51Hx", "secretKey", "sk_live_51Hx")).isEmpty());
        assertTrue(stripe.check(false, Map.of()).isEmpty());
    }

    @Test
    void theSchemaFormatsRejectSomethingThatIsNoStripeKey() {
        assertTrue(StripeProfile.SCHEMA.field("secretKey").orElseThrow().accepts("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
        assertTrue(!StripeProfile.SCHEMA.field("secretKey").orElseThrow().accepts("pk_test_4eC39HqLyjWDarjtT1zdp7dc"));
    }
}
