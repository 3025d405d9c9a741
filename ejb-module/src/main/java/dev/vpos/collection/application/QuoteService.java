package dev.vpos.collection.application;

import dev.vpos.batches.domain.Settlement;
import dev.vpos.bins.domain.CardProfile;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.InstallmentPrice;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.routing.application.InstallmentCampaigns;
import dev.vpos.routing.application.Route;
import dev.vpos.routing.application.RoutingService;
import dev.vpos.routing.domain.PlusInstallmentCampaign;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a payment would cost the company before it is taken: the definition routing proposes and why (the company's
 * rules with the card's BIN row when its first digits are given; without rules the company's default, or the first
 * whose currencies, limits and installments fit), the definition tried if its bank cannot be reached, the installment
 * counts the card may have (with its programme's plus-installment campaign), its commission, net amount and value date.
 */
@ApplicationScoped
public class QuoteService {

    /** A proposal for the online-collection screen. */
    public record Quote(
            long definitionId,
            String definitionCode,
            String definitionName,
            String family,
            BigDecimal amount,
            String currency,
            int installments,
            BigDecimal surcharge,
            BigDecimal charged,
            BigDecimal commission,
            BigDecimal net,
            LocalDate valueDate,
            List<Integer> installmentsOffered,
            List<InstallmentOption> installmentOptions,
            RouteInfo route,
            CardProfile card) {}

    /**
     * One installment count the card may have, with the extra installments its programme's campaign adds (0 when none
     * applies) and that programme (null then). The count is what is sent to the bank; the bank adds the extra ones.
     * {@code perMonth}, {@code total} (what the card is charged) and {@code surcharge} (above the amount; zero unless
     * the definition passes this count's commission on to the payer) are the proposed definition's.
     */
    public record InstallmentOption(
            int installments,
            int plusInstallments,
            String campaignProgramme,
            BigDecimal perMonth,
            BigDecimal total,
            BigDecimal surcharge) {}

    /** Why the definition was chosen (NAMED, DEFAULT, ON_US, PROGRAMME, CHEAPEST), its detail, the failover. */
    public record RouteInfo(String reason, String detail, String fallbackDefinitionCode) {}

    @Inject
    RoutingService routing;

    @Inject
    InstallmentCampaigns campaigns;

    @Inject
    Clock clock;

    /**
     * @param bin the card's first 6 to 8 digits when the payer has typed them (routing reads its BIN row), else null
     */
    public Quote quote(
            Long companyId, Long definitionId, String amount, String currency, Integer installments, String bin) {
        List<FieldError> errors = new ArrayList<>();
        Money money = null;
        try {
            money = Money.of(Money.parsePlain(amount).orElseThrow(), currency);
            if (!money.isPositive()) {
                errors.add(FieldError.of("amount", "amount.positive"));
            }
        } catch (RuntimeException e) {
            errors.add(FieldError.of("amount", "amount.positive"));
        }
        if (bin != null && !bin.isEmpty() && !bin.matches("[0-9]{6,8}")) {
            errors.add(FieldError.of("bin", "routing.binInvalid"));
        }
        if (companyId == null) {
            errors.add(FieldError.of("companyId", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int count = installments == null ? 1 : installments;
        Route route = routing.route(companyId, definitionId, money, count, bin, errors)
                .orElseThrow(() -> new InvalidInputException(errors));
        VposDefinition d = route.definition();
        InstallmentPlan plan = d.plan(count).orElseThrow();
        Money surcharge = plan.surchargeOn(money);
        Money charged = money.plus(surcharge);
        Settlement s = Settlement.of(
                charged, plan.commissionRate(), plan.fixedFee(), LocalDate.now(clock), plan.blockedDays());
        Optional<PlusInstallmentCampaign> campaign = campaigns.forCard(companyId, route.card());
        Money amountQuoted = money;
        List<InstallmentOption> options = route.installmentsOffered().stream()
                .map(n -> option(n, campaign, d.plan(n).map(p -> InstallmentPrice.of(amountQuoted, p))))
                .toList();
        return new Quote(
                d.getId(),
                d.getCode(),
                d.getDisplayName(),
                d.getFamily().name(),
                money.amount(),
                money.currencyCode(),
                count,
                surcharge.amount(),
                charged.amount(),
                s.commission().amount(),
                s.net().amount(),
                s.valueDate(),
                route.installmentsOffered(),
                options,
                new RouteInfo(
                        route.reason().name(),
                        route.detail(),
                        route.fallback().map(VposDefinition::getCode).orElse(null)),
                route.card().orElse(null));
    }

    private static InstallmentOption option(
            int n, Optional<PlusInstallmentCampaign> campaign, Optional<InstallmentPrice> price) {
        int extra = campaign.map(c -> c.extraOn(n)).orElse(0);
        return new InstallmentOption(
                n,
                extra,
                extra > 0 ? campaign.get().programme() : null,
                price.map(p -> p.perMonth().amount()).orElse(null),
                price.map(p -> p.total().amount()).orElse(null),
                price.map(p -> p.surcharge().amount()).orElse(null));
    }
}
