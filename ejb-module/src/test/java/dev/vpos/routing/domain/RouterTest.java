package dev.vpos.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.bins.domain.CardProfile;
import dev.vpos.bins.domain.CardType;
import dev.vpos.definitions.domain.Environment;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00+03:00");
    private static final CardProfile AXESS =
            new CardProfile("435508", "0046", "Akbank", "Axess", "VISA", CardType.CREDIT, "TR");
    private static final CardProfile BONUS =
            new CardProfile("540134", "0062", "Garanti BBVA", "Bonus", "MASTERCARD", CardType.CREDIT, "TR");
    private static final CardProfile DEBIT =
            new CardProfile("413226", "0046", "Akbank", null, "VISA", CardType.DEBIT, "TR");
    private static final CardProfile FOREIGN =
            new CardProfile("400000", "US001", "Foreign Test Bank", null, "VISA", CardType.CREDIT, "US");

    // AKB: 1.80 % single, 2.90 % in 3; GAR: 1.60 % + 0.50, 2.70 % in 3; CHEAP: 1.20 % single only
    private final VposDefinition akbank = definition(1, "AKB", "1.80", "0", "2.90");
    private final VposDefinition garanti = definition(2, "GAR", "1.60", "0.50", "2.70");
    private final VposDefinition cheap = definition(3, "CHEAP", "1.20", "0", null);
    private final List<VposDefinition> enabled = List.of(akbank, cheap, garanti);
    private final List<RuleSpec> rules = List.of(
            new RuleSpec(RuleKind.ON_US, "0046", 1L),
            new RuleSpec(RuleKind.PROGRAMME, "Bonus", 2L),
            new RuleSpec(RuleKind.CHEAPEST, null, null));
    private final List<FieldError> errors = new ArrayList<>();

    @Test
    void anOnUsCardGoesToItsOwnBanksDefinitionWithTheCheapestOfTheRestAsFallback() {
        Router.Decision d = route(rules, AXESS, "1000.00", 1).orElseThrow();
        assertEquals("AKB", d.chosen().getCode());
        assertEquals(RouteReason.ON_US, d.reason());
        assertEquals("Akbank", d.detail());
        assertEquals("CHEAP", d.fallback().orElseThrow().getCode(), "the next choice among the others: cheapest");
    }

    @Test
    void aProgrammeCardGoesToTheProgrammesDefinition() {
        Router.Decision d = route(rules, BONUS, "1000.00", 1).orElseThrow();
        assertEquals("GAR", d.chosen().getCode());
        assertEquals(RouteReason.PROGRAMME, d.reason());
        assertEquals("Bonus", d.detail());
    }

    @Test
    void aCardNoRuleNamesGoesToTheLowestCostForTheAmount() {
        Router.Decision d = route(rules, FOREIGN, "1000.00", 1).orElseThrow();
        assertEquals("CHEAP", d.chosen().getCode());
        assertEquals(RouteReason.CHEAPEST, d.reason());
        assertEquals("12.00 TRY", d.detail(), "1.20 % of 1000.00");
        assertEquals("GAR", d.fallback().orElseThrow().getCode(), "16.50 before AKB's 18.00");
    }

    @Test
    void theFixedFeeCountsInTheCost() {
        // 10.00: AKB 0.18, GAR 0.16 + 0.50 = 0.66, CHEAP 0.12
        assertEquals(
                "0.66 TRY", Router.cost(garanti, Money.of("10.00", "TRY"), 1).toString());
        List<RuleSpec> cheapestOnly = List.of(new RuleSpec(RuleKind.CHEAPEST, null, null));
        Router.Decision d =
                route(List.of(cheapestOnly.get(0)), null, "10.00", 1).orElseThrow();
        assertEquals("CHEAP", d.chosen().getCode());
    }

    @Test
    void installmentsRunOnlyOnTheProgrammesBanks() {
        Router.Decision d = route(rules, BONUS, "1000.00", 3).orElseThrow();
        assertEquals("GAR", d.chosen().getCode());
        assertTrue(d.fallback().isEmpty(), "no other definition of the programme's banks");
        assertEquals(List.of(1, 3), d.installmentsOffered());
        // a card whose bank and programme no rule names gets no installments
        CardProfile maximum = new CardProfile("450803", "0064", "İş Bankası", "Maximum", "VISA", CardType.CREDIT, "TR");
        assertTrue(route(rules, maximum, "1000.00", 3).isEmpty());
        assertEquals("routing.installmentsNotOnProgramme", errors.get(0).messageKey());
        assertEquals(
                List.of(1), route(rules, maximum, "1000.00", 1).orElseThrow().installmentsOffered());
    }

    @Test
    void aDebitOrForeignCardIsOfferedNoInstallmentsAndRefusedThem() {
        assertEquals(List.of(1), route(rules, DEBIT, "1000.00", 1).orElseThrow().installmentsOffered());
        assertEquals(
                List.of(1), route(rules, FOREIGN, "1000.00", 1).orElseThrow().installmentsOffered());
        assertTrue(route(rules, DEBIT, "1000.00", 3).isEmpty());
        assertTrue(route(List.of(), FOREIGN, "1000.00", 3).isEmpty(), "whatever the company's rules");
        assertEquals(
                List.of("routing.noInstallmentsOnDebit", "routing.noInstallmentsOnForeign"),
                errors.stream().map(FieldError::messageKey).toList());
        assertEquals("installments", errors.get(0).field());
    }

    @Test
    void withoutRulesTheCompanysOrderDecidesAsBefore() {
        Router.Decision d = route(List.of(), BONUS, "1000.00", 1).orElseThrow();
        assertEquals("AKB", d.chosen().getCode());
        assertEquals(RouteReason.DEFAULT, d.reason());
        assertEquals(List.of(1, 3), d.installmentsOffered(), "the chosen definition's plans");
        assertEquals(
                "GAR",
                route(List.of(), null, "1000.00", 3)
                        .orElseThrow()
                        .fallback()
                        .orElseThrow()
                        .getCode());
    }

    @Test
    void limitsAndCurrencyLeaveADefinitionOut() {
        akbank.configureLimits(Set.of("TRY"), null, new BigDecimal("500.00"));
        Router.Decision d = route(rules, AXESS, "1000.00", 1).orElseThrow();
        assertEquals("CHEAP", d.chosen().getCode(), "AKB takes at most 500.00: on-us cannot apply");
        assertEquals(RouteReason.CHEAPEST, d.reason());
        assertTrue(route(rules, AXESS, "10.00", 1).orElseThrow().reason() == RouteReason.ON_US);
        assertTrue(Router.route(enabled, rules, Optional.of(AXESS), Money.of("10.00", "EUR"), 1, errors)
                .isEmpty());
        assertEquals("definition.noneFits", errors.get(0).messageKey());
    }

    private Optional<Router.Decision> route(List<RuleSpec> r, CardProfile card, String amount, int installments) {
        return Router.route(enabled, r, Optional.ofNullable(card), Money.of(amount, "TRY"), installments, errors);
    }

    private static VposDefinition definition(long id, String code, String single, String fee, String inThree) {
        VposDefinition d = new VposDefinition(
                7L,
                code,
                code,
                code + " bank",
                GatewayFamily.EST,
                Environment.TEST,
                PaymentModel.REGULAR,
                "https://bank.example/api",
                NOW);
        List<InstallmentPlan> plans = new ArrayList<>();
        plans.add(new InstallmentPlan(1, new BigDecimal(single), new BigDecimal(fee), 1));
        if (inThree != null) {
            plans.add(new InstallmentPlan(3, new BigDecimal(inThree), new BigDecimal(fee), 1));
        }
        d.configurePlans(plans);
        try {
            var field = VposDefinition.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(d, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return d;
    }
}
