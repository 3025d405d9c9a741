package dev.vpos.checkout.application;

import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.InstallmentPrice;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * The methods the hosted page offers for an amount: the company's enabled definitions that accept the currency, whose
 * minimum and maximum hold for what would be charged after the method's discount, and that take a single payment.
 * The company's default comes first, so a payer who picks nothing pays as before.
 */
@ApplicationScoped
public class PaymentMethods {

    @Inject
    DefinitionService definitions;

    public List<PaymentMethod> offered(long companyId, Money amount) {
        return definitions.enabled(companyId).stream()
                .filter(d -> d.accepts(amount.currencyCode()) && d.plan(1).isPresent())
                .map(d -> method(d, amount))
                .filter(m -> m.limitsHold())
                .toList();
    }

    private static PaymentMethod method(VposDefinition d, Money amount) {
        Money discount = d.getDiscount().on(amount);
        Money payable = amount.minus(discount);
        return new PaymentMethod(
                d.getId(),
                d.getDisplayName(),
                d.getFamily().name(),
                d.getPaymentModel(),
                discount,
                payable,
                d.getPaymentModel() != PaymentModel.THREE_D_HOST,
                d.getLogoUrl(),
                d.withinLimits(payable),
                d.getInstallmentPlans().stream()
                        .sorted(Comparator.comparingInt(InstallmentPlan::installments))
                        .map(p -> InstallmentPrice.of(payable, p))
                        .toList());
    }
}
