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
        List<FieldError> live =
                stripe.check(true, Map.of("publishableKey", "pk_test_51Hx", "secretKey", "sk_test_51Hx"));
        List<FieldError> test = stripe.check(false, Map.of("secretKey", "sk_live_51Hx"));

        assertEquals(
                List.of("credentials.publishableKey", "credentials.secretKey"),
                live.stream().map(FieldError::field).toList());
        assertEquals("credentials.secretKey", test.get(0).field());
    }

    @Test
    void matchingKeysPassAndAbsentKeysWaitForEnable() {
        assertTrue(stripe.check(true, Map.of("publishableKey", "pk_live_51Hx", "secretKey", "sk_live_51Hx"))
                .isEmpty());
        assertTrue(stripe.check(false, Map.of()).isEmpty());
    }

    @Test
    void theSchemaFormatsRejectSomethingThatIsNoStripeKey() {
        assertTrue(StripeProfile.SCHEMA.field("secretKey").orElseThrow().accepts("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
        assertTrue(!StripeProfile.SCHEMA.field("secretKey").orElseThrow().accepts("pk_test_4eC39HqLyjWDarjtT1zdp7dc"));
    }

    @Test
    void aDefinitionNeedsProfileNameKeysAndTheWebhookSecretAndIsHosted() {
        assertEquals(
                List.of("profileName", "publishableKey", "secretKey", "webhookSecret", "previousWebhookSecret"),
                StripeProfile.SCHEMA.fields().stream().map(f -> f.name()).toList());
        assertEquals(
                List.of("profileName", "publishableKey", "secretKey", "webhookSecret"),
                StripeProfile.SCHEMA.fields().stream()
                        .filter(f -> f.required())
                        .map(f -> f.name())
                        .toList());
        assertEquals(
                List.of("secretKey", "webhookSecret", "previousWebhookSecret"),
                StripeProfile.SCHEMA.fields().stream()
                        .filter(f -> f.secret())
                        .map(f -> f.name())
                        .toList());
        assertEquals(List.of("THREE_D_HOST"), StripeProfile.SCHEMA.paymentModels());
        assertTrue(
                !StripeProfile.SCHEMA.field("webhookSecret").orElseThrow().accepts("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
    }

    @Test
    void aTestKeyWithLiveInItsTailIsStillATestKey() {
        assertEquals(
                List.of("credentials.secretKey"),
                stripe.check(true, Map.of("secretKey", "sk_test_my_live_key")).stream()
                        .map(FieldError::field)
                        .toList());
    }

    @Test
    void thePreviousWebhookSecretCannotBeTheCurrentOne() {
        List<FieldError> same = stripe.check(
                false, Map.of("webhookSecret", "whsec_abcdefgh1", "previousWebhookSecret", "whsec_abcdefgh1"));
        assertEquals(
                List.of("credentials.previousWebhookSecret"),
                same.stream().map(FieldError::field).toList());
        assertTrue(stripe.check(
                        false, Map.of("webhookSecret", "whsec_abcdefgh1", "previousWebhookSecret", "whsec_abcdefgh0"))
                .isEmpty());
    }
}
