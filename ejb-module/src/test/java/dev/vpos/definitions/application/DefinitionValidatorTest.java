package dev.vpos.definitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.definitions.application.DefinitionCommand.PlanCommand;
import dev.vpos.definitions.application.DefinitionValidator.ValidDefinition;
import dev.vpos.definitions.domain.DefinitionSettings;
import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {

    private static final CredentialSchema EST = new CredentialSchema(
            GatewayFamily.EST,
            "EST",
            List.of(
                    new CredentialField("apiUser", "API user", false, true, "[A-Za-z0-9_]{1,64}", "letters"),
                    new CredentialField("password", "Password", true, true, "\\S{1,64}", "no spaces"),
                    new CredentialField("clientId", "Client id", false, true, "\\d{5,20}", "5–20 digits")),
            List.of("REGULAR"),
            "https://test.example/fim/api",
            "https://<bank>/fim/api");

    private static final List<PlanCommand> PLANS =
            List.of(new PlanCommand(1, "1.5", null, 1), new PlanCommand(3, "2.60", "0.25", 2));

    private static DefinitionCommand command(String environment, String endpoint, Map<String, String> credentials) {
        return new DefinitionCommand(
                "ZIRAAT-EST",
                "Ziraat Sanal POS",
                "Ziraat Bankası",
                null,
                "EST",
                environment,
                "REGULAR",
                "LIVE".equals(environment) ? null : endpoint,
                "LIVE".equals(environment) ? endpoint : null,
                null,
                null,
                List.of("TRY", "USD"),
                "1.00",
                "50000",
                PLANS,
                "PERCENT",
                "2",
                true,
                "203.0.113.7",
                null,
                true,
                credentials);
    }

    private static ValidDefinition validate(DefinitionCommand c) {
        return DefinitionValidator.validate(c, f -> Optional.of(EST), bankAccount -> true);
    }

    @Test
    void aTestDefinitionWithoutEndpointGetsTheFamilysTestEndpointAndDefaults() {
        DefinitionSettings s =
                validate(command("TEST", null, Map.of("apiUser", "ZIRAATAPI"))).settings();

        assertEquals("https://test.example/fim/api", s.testEndpointUrl());
        assertEquals(null, s.liveEndpointUrl(), "a bank's live host is never guessed");
        assertEquals(5_000, s.connectTimeoutMs());
        assertEquals(30_000, s.readTimeoutMs());
        assertEquals(Set.of("TRY", "USD"), s.currencies());
        assertEquals(
                "[1: 1.5% + 0, 1 days, 3: 2.6% + 0.25, 2 days]",
                s.installmentPlans().toString());
        assertEquals("2%", s.discount().toString());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        DefinitionCommand bad = new DefinitionCommand(
                "bad code",
                "",
                "Bank",
                null,
                "NOPE",
                "PROD",
                "REGULAR",
                "ftp://x",
                null,
                10,
                999_999,
                List.of("TRY", "QQQ"),
                "10",
                "5",
                List.of(new PlanCommand(3, "101", "-1", -1), new PlanCommand(3, "1", null, 0)),
                "SOME",
                "x",
                false,
                "not an ip",
                9L,
                false,
                Map.of());

        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> DefinitionValidator.validate(bad, f -> Optional.of(EST), bankAccount -> false));

        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        for (String f : List.of(
                "code",
                "displayName",
                "family",
                "environment",
                "testEndpointUrl",
                "connectTimeoutMs",
                "readTimeoutMs",
                "currencies",
                "maxAmount",
                "installmentPlans[0].commissionRate",
                "installmentPlans[0].fixedFee",
                "installmentPlans[0].blockedDays",
                "installmentPlans[1].installments",
                "installmentPlans",
                "discountType",
                "outgoingIp",
                "bankAccountId")) {
            assertTrue(fields.contains(f), f + " in " + fields);
        }
    }

    @Test
    void credentialsMustBeTheFamilysAndHaveItsFormat() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> validate(command("TEST", null, Map.of("clientId", "12ab", "merchantKey", "x"))));

        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(
                List.of("credentials.clientId", "credentials.merchantKey"),
                fields.stream().sorted().toList());
    }

    @Test
    void anEmptySecretMeansKeepTheCurrentValue() {
        ValidDefinition v = validate(command("TEST", null, Map.of("password", "")));

        assertEquals("", v.credentials().get("password"));
    }

    @Test
    void aLiveEndpointMustBeGivenAndUseHttps() {
        InvalidInputException missing =
                assertThrows(InvalidInputException.class, () -> validate(command("LIVE", null, Map.of())));
        InvalidInputException plain = assertThrows(
                InvalidInputException.class, () -> validate(command("LIVE", "http://bank.example/fim/api", Map.of())));

        assertEquals("liveEndpointUrl", missing.errors().get(0).field());
        assertEquals("field.required", missing.errors().get(0).messageKey());
        assertEquals("definition.liveNeedsHttps", plain.errors().get(0).messageKey());
    }

    @Test
    void theAuditNamesChangedSecretsButNeverTheirValues() {
        DefinitionSettings before = validate(command("TEST", null, Map.of())).settings();
        DefinitionSettings after = validate(command("TEST", "https://other.example/fim/api", Map.of()))
                .settings();

        String changes = DefinitionChanges.between(
                before, after, Map.of("clientId", "190100000"), Map.of("clientId", "190100001"), List.of("password"));

        assertTrue(
                changes.contains("testEndpointUrl: https://test.example/fim/api -> https://other.example/fim/api"),
                changes);
        assertTrue(changes.contains("credentials.clientId: 190100000 -> 190100001"), changes);
        assertTrue(changes.contains("credentials.password: changed"), changes);
        assertFalse(changes.contains("ZIRAAT19"), changes);
    }
}
