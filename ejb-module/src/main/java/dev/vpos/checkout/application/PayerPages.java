package dev.vpos.checkout.application;

import dev.vpos.branding.application.CompanyLogos;
import dev.vpos.collection.application.CollectionService;
import dev.vpos.collection.application.CollectionView;
import dev.vpos.definitions.domain.InstallmentPrice;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Builds the {@link PayerPage} of a checkout session for the payer (anyone holding the session id). */
@ApplicationScoped
public class PayerPages {

    @Inject
    CheckoutService checkout;

    @Inject
    SavedCardCheckout savedCards;

    @Inject
    CollectionService collections;

    @Inject
    ErpPort erp;

    @Inject
    CompanyLogos logos;

    /** The logo of the session's company, for the payer's page; empty when it has none. */
    public java.util.Optional<CompanyLogos.Logo> logo(String sessionId) {
        return logos.logo(checkout.forPayer(sessionId).companyId());
    }

    /** @throws dev.vpos.shared.domain.NotFoundException when there is no such session */
    public PayerPage of(String sessionId) {
        CheckoutView s = checkout.forPayer(sessionId);
        String company = erp.company(s.companyId()).map(CompanyRef::name).orElse("");
        List<PayerPage.Method> methods = "OPEN".equals(s.state())
                ? checkout.methods(sessionId).stream()
                        .map(m -> method(sessionId, m))
                        .toList()
                : List.of();
        return new PayerPage(
                s.id(),
                s.state(),
                company,
                logos.version(s.companyId())
                        .map(v -> "/vpos/pay/" + s.id() + "/logo?v=" + v)
                        .orElse(null),
                checkout.localeOf(sessionId),
                s.purpose(),
                s.reference(),
                s.amount().toPlainString(),
                s.currency(),
                // a payment link has no shop to go back to: the page offers no way back
                "LINK".equals(s.purpose()) ? null : CheckoutService.redirect(s),
                s.expiresAt(),
                s.collectionReference() == null ? null : attempt(collections.find(s.collectionReference())),
                methods,
                s.kind());
    }

    private PayerPage.Method method(String sessionId, PaymentMethod m) {
        SavedCardCheckout.Offer offer = savedCards.offer(sessionId, m.definitionId());
        return new PayerPage.Method(
                m.definitionId(),
                m.name(),
                m.family(),
                m.logoUrl(),
                m.asksCard(),
                m.model() != PaymentModel.REGULAR,
                m.discount().amount().toPlainString(),
                m.payable().amount().toPlainString(),
                m.installments().stream().map(PayerPages::installment).toList(),
                offer.keepsCards(),
                offer.cards().stream()
                        .map(c -> new PayerPage.SavedCard(c.id(), c.label(), c.expiry()))
                        .toList());
    }

    /**
     * One row of the table: per month, the total charged and the surcharge above the amount (zero unless the definition
     * passes this count's commission on to the payer; see {@code PassedOnCommission} for the rounding).
     */
    static PayerPage.Installment installment(InstallmentPrice p) {
        return new PayerPage.Installment(
                p.installments(),
                p.perMonth().amount().toPlainString(),
                p.total().amount().toPlainString(),
                p.surcharge().amount().toPlainString());
    }

    private static PayerPage.Attempt attempt(CollectionView c) {
        return new PayerPage.Attempt(
                c.state().name(),
                c.meaning() == null || c.meaning().reason() == null
                        ? null
                        : c.meaning().reason().name(),
                c.amount().toPlainString(),
                c.authCode(),
                c.maskedPan());
    }
}
