package dev.vpos.checkout.application;

import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.InstallmentPrice;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * The methods the hosted page offers for an amount: the company's enabled definitions that accept the currency, whose
 * minimum and maximum hold for what would be charged after the method's discount, and that take a single payment.
 * The company's default comes first, so a payer who picks nothing pays as before. A session that asks for a
 * pre-authorisation is offered only the methods that can pre-authorise.
 */
@ApplicationScoped
public class PaymentMethods {

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    public List<PaymentMethod> offered(long companyId, Money amount) {
        return offered(companyId, amount, AuthorizationKind.SALE);
    }

    /**
     * As above; for a pre-authorisation only the methods whose family's adapter pre-authorises in the definition's
     * payment model ({@link dev.vpos.gateway.domain.PaymentGateway#preAuthorizes}).
     */
    public List<PaymentMethod> offered(long companyId, Money amount, AuthorizationKind kind) {
        return definitions.enabled(companyId).stream()
                .filter(d -> d.accepts(amount.currencyCode()) && d.plan(1).isPresent())
                .filter(d -> kind != AuthorizationKind.PRE_AUTH || preAuthorizes(d))
                .map(d -> method(d, amount))
                .filter(m -> m.limitsHold())
                .toList();
    }

    private boolean preAuthorizes(VposDefinition d) {
        return gateways.forFamily(d.getFamily())
                .map(g -> g.preAuthorizes(d.getPaymentModel()))
                .orElse(false);
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
