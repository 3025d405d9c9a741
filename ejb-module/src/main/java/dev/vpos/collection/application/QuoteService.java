package dev.vpos.collection.application;

import dev.vpos.batches.domain.Settlement;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
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

/**
 * What a payment would cost the company before it is taken: the definition the module proposes (the company's
 * default, or the first whose currencies, limits and installments fit), its commission, net amount and value date.
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
            BigDecimal commission,
            BigDecimal net,
            LocalDate valueDate,
            List<Integer> installmentsOffered) {}

    @Inject
    DefinitionService definitions;

    @Inject
    Clock clock;

    public Quote quote(Long companyId, Long definitionId, String amount, String currency, Integer installments) {
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
        if (companyId == null) {
            errors.add(FieldError.of("companyId", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int count = installments == null ? 1 : installments;
        VposDefinition d = definitions
                .choose(companyId, definitionId, money, count, errors)
                .orElseThrow(() -> new InvalidInputException(errors));
        InstallmentPlan plan = d.plan(count).orElseThrow();
        Settlement s =
                Settlement.of(money, plan.commissionRate(), plan.fixedFee(), LocalDate.now(clock), plan.blockedDays());
        return new Quote(
                d.getId(),
                d.getCode(),
                d.getDisplayName(),
                d.getFamily().name(),
                money.amount(),
                money.currencyCode(),
                count,
                s.commission().amount(),
                s.net().amount(),
                s.valueDate(),
                d.getInstallmentPlans().stream()
                        .map(InstallmentPlan::installments)
                        .sorted()
                        .toList());
    }
}
