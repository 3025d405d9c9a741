package dev.vpos.routing.domain;

import dev.vpos.bins.domain.CardProfile;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A company's routing rules applied to one payment (docs/routing.md):
 *
 * <ol>
 *   <li>the card decides whether installments are possible at all: not on a debit card, not on a card issued abroad;
 *   <li>only enabled definitions that take the currency, the amount (limits) and the installment count are eligible;
 *       for installments on a card the BIN table knows, only the definitions the company's ON_US and PROGRAMME rules
 *       give the card's bank or programme (installments run on the programme's banks);
 *   <li>the rules in the company's order: the first that matches the card and names an eligible definition (ON_US,
 *       PROGRAMME), or CHEAPEST (the lowest commission % + fixed fee of each plan for this amount and count, ties
 *       in the company's order);
 *   <li>none matched (or the company has no rules): the company's default, else the first eligible by code.
 * </ol>
 *
 * The fallback — tried once when the chosen bank could not be reached at all — is the same choice among the eligible
 * definitions left.
 */
public final class Router {

    /** Where the module's companies are: a card from elsewhere is foreign. */
    public static final String HOME_COUNTRY = "TR";

    /** The choice, why, what to try if the bank cannot be reached, and the installment counts the card may have. */
    public record Decision(
            VposDefinition chosen,
            RouteReason reason,
            String detail,
            Optional<VposDefinition> fallback,
            List<Integer> installmentsOffered) {}

    private record Pick(VposDefinition definition, RouteReason reason, String detail) {}

    private Router() {}

    /**
     * @param enabled the company's enabled definitions, its default first, then by code
     * @param card the card's BIN row, empty when the table does not know the card (or no card is given)
     */
    public static Optional<Decision> route(
            List<VposDefinition> enabled,
            List<RuleSpec> rules,
            Optional<CardProfile> card,
            Money amount,
            int installments,
            List<FieldError> errors) {
        if (!installmentsPossible(card, installments, errors)) {
            return Optional.empty();
        }
        List<VposDefinition> fits = enabled.stream()
                .filter(d -> takes(d, amount) && d.plan(installments).isPresent())
                .toList();
        Set<Long> programmeBanks = programmeBanks(rules, card);
        boolean restricted = installments > 1 && card.isPresent() && !rules.isEmpty();
        if (restricted) {
            List<VposDefinition> onProgramme = fits.stream()
                    .filter(d -> programmeBanks.contains(d.getId()))
                    .toList();
            if (onProgramme.isEmpty() && !fits.isEmpty()) {
                CardProfile c = card.get();
                errors.add(FieldError.of(
                        "installments",
                        "routing.installmentsNotOnProgramme",
                        installments,
                        c.programme() == null ? c.issuerName() : c.programme()));
                return Optional.empty();
            }
            fits = onProgramme;
        }
        if (fits.isEmpty()) {
            errors.add(FieldError.of("definitionId", "definition.noneFits", amount.toString(), installments));
            return Optional.empty();
        }
        Pick pick = pick(fits, rules, card, amount, installments);
        List<VposDefinition> rest = fits.stream()
                .filter(d -> !d.getId().equals(pick.definition().getId()))
                .toList();
        Optional<VposDefinition> fallback = rest.isEmpty()
                ? Optional.empty()
                : Optional.of(pick(rest, rules, card, amount, installments).definition());
        List<Integer> offered =
                offered(enabled, pick.definition(), amount, card, rules.isEmpty() ? null : programmeBanks);
        return Optional.of(new Decision(pick.definition(), pick.reason(), pick.detail(), fallback, offered));
    }

    /** A named definition's installments for the card: its plans, without installments the card cannot have. */
    public static List<Integer> offeredOn(VposDefinition d, Optional<CardProfile> card) {
        boolean noInstallments = card.isPresent() && !card.get().installmentsAllowed(HOME_COUNTRY);
        return d.getInstallmentPlans().stream()
                .map(InstallmentPlan::installments)
                .filter(n -> n == 1 || !noInstallments)
                .sorted()
                .toList();
    }

    /** False (with the field error) when the card may not be paid in {@code installments}. */
    public static boolean installmentsPossible(Optional<CardProfile> card, int installments, List<FieldError> errors) {
        if (installments > 1 && card.isPresent() && !card.get().installmentsAllowed(HOME_COUNTRY)) {
            CardProfile c = card.get();
            errors.add(FieldError.of(
                    "installments",
                    c.domestic(HOME_COUNTRY) ? "routing.noInstallmentsOnDebit" : "routing.noInstallmentsOnForeign",
                    c.country()));
            return false;
        }
        return true;
    }

    /** What the plan for {@code installments} keeps of {@code amount}: commission % + fixed fee, at the currency's scale. */
    public static Money cost(VposDefinition d, Money amount, int installments) {
        InstallmentPlan plan = d.plan(installments).orElseThrow();
        Money fee = new Money(
                plan.fixedFee().setScale(Money.currencyScale(amount.currency()), RoundingMode.HALF_UP),
                amount.currency());
        return amount.percent(plan.commissionRate()).plus(fee);
    }

    private static Pick pick(
            List<VposDefinition> fits,
            List<RuleSpec> rules,
            Optional<CardProfile> card,
            Money amount,
            int installments) {
        String issuer = card.map(CardProfile::issuerCode).orElse(null);
        String programme = card.map(CardProfile::programme).orElse(null);
        for (RuleSpec rule : rules) {
            if (!rule.matches(issuer, programme)) {
                continue;
            }
            if (rule.kind() == RuleKind.CHEAPEST) {
                VposDefinition cheapest = fits.stream()
                        .min(Comparator.comparing(
                                d -> cost(d, amount, installments).amount()))
                        .orElseThrow();
                return new Pick(
                        cheapest,
                        RouteReason.CHEAPEST,
                        cost(cheapest, amount, installments).toString());
            }
            Optional<VposDefinition> named = fits.stream()
                    .filter(d -> d.getId().equals(rule.definitionId()))
                    .findFirst();
            if (named.isPresent()) {
                return rule.kind() == RuleKind.ON_US
                        ? new Pick(named.get(), RouteReason.ON_US, card.get().issuerName())
                        : new Pick(named.get(), RouteReason.PROGRAMME, programme);
            }
        }
        return new Pick(fits.get(0), RouteReason.DEFAULT, null);
    }

    private static Set<Long> programmeBanks(List<RuleSpec> rules, Optional<CardProfile> card) {
        if (card.isEmpty()) {
            return Set.of();
        }
        return rules.stream()
                .filter(r -> r.kind() != RuleKind.CHEAPEST
                        && r.definitionId() != null
                        && r.matches(card.get().issuerCode(), card.get().programme()))
                .map(RuleSpec::definitionId)
                .collect(Collectors.toSet());
    }

    private static List<Integer> offered(
            List<VposDefinition> enabled,
            VposDefinition chosen,
            Money amount,
            Optional<CardProfile> card,
            Set<Long> programmeBanks) {
        Set<Integer> counts = new TreeSet<>(offeredOn(chosen, card));
        if (card.isPresent() && programmeBanks != null) {
            // installments only on the programme's banks: the chosen definition's are dropped unless it is one
            if (!programmeBanks.contains(chosen.getId())) {
                counts.removeIf(n -> n > 1);
            }
            if (card.get().installmentsAllowed(HOME_COUNTRY)) {
                enabled.stream()
                        .filter(d -> programmeBanks.contains(d.getId()) && takes(d, amount))
                        .flatMap(d -> d.getInstallmentPlans().stream())
                        .map(InstallmentPlan::installments)
                        .forEach(counts::add);
            }
        }
        return new ArrayList<>(counts);
    }

    private static boolean takes(VposDefinition d, Money amount) {
        return d.accepts(amount.currencyCode()) && d.withinLimits(amount);
    }
}
