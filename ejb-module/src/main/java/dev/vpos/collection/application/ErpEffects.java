package dev.vpos.collection.application;

import dev.vpos.batches.application.BatchService;
import dev.vpos.batches.domain.BatchFacts;
import dev.vpos.batches.domain.CardBatch;
import dev.vpos.collection.domain.CheckoutPaymentCollected;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionEvent;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.infrastructure.CollectionRepository;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.erp.domain.AppliedPayment;
import dev.vpos.erp.domain.DocumentPayment;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What a collection's money movements do in the ERP, always inside the transaction of the state change: the card
 * batch record, the paid (or re-opened) invoice/order, and the CDI event for host ERPs.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
public class ErpEffects {

    @Inject
    BatchService batches;

    @Inject
    ErpPort erp;

    @Inject
    CollectionRepository collections;

    @Inject
    Event<CollectionEvent> events;

    @Inject
    Event<CheckoutPaymentCollected> checkoutPayments;

    /** A sale approved or a pre-authorisation captured: the money is taken. */
    public void collected(Collection c, Money amount, InstallmentPlan plan, Long operationId, OffsetDateTime now) {
        BigDecimal rate = plan == null ? BigDecimal.ZERO : plan.commissionRate();
        BigDecimal fixed = plan == null ? BigDecimal.ZERO : plan.fixedFee();
        int blocked = plan == null ? 0 : plan.blockedDays();
        CardBatch batch = batches.create(facts(c, amount, "SALE", operationId, now), rate, fixed, blocked);
        if (operationId != null) {
            // a capture: records of the collection written before it carry the new state too
            batches.collectionMoved(c.getId(), c.getState().name());
        }
        if (c.getDocumentId() != null) {
            // the discount of the chosen method settles the rest of the document with the first money taken; the
            // surcharge (installment commission passed on to the payer) settles nothing
            apply(
                    c,
                    now,
                    new DocumentPayment(
                            c.getDocumentId(),
                            c.getId(),
                            c.getReference(),
                            amount,
                            operationId == null || c.captured().amount().compareTo(amount.amount()) == 0
                                    ? c.discount()
                                    : null,
                            surchargePart(c, amount)));
        }
        CollectionEvent event = fire(
                CollectionEvent.Type.COLLECTED,
                c,
                amount,
                Money.of(batch.getCommission(), c.money().currencyCode()),
                now);
        if (c.getCheckoutSessionId() != null) {
            checkoutPayments.fire(new CheckoutPaymentCollected(c.getCheckoutSessionId(), event));
        }
    }

    /**
     * A pre-authorisation approved: nothing is taken yet. A checkout session's hold (kind PRE_AUTH) is what pays the
     * session, so it is told as an approved sale is: a hold the janitor settles marks the session PAID too, and a
     * second hold of an already paid session is cancelled ({@code PaidSessions}).
     */
    public void authorized(Collection c, OffsetDateTime now) {
        CollectionEvent event = fire(CollectionEvent.Type.AUTHORIZED, c, c.money(), zero(c), now);
        if (c.getCheckoutSessionId() != null) {
            checkoutPayments.fire(new CheckoutPaymentCollected(c.getCheckoutSessionId(), event));
        }
    }

    /** Voided before the bank's day end: the sale never settles; the document is open again. */
    public void voided(Collection c, Money taken, OffsetDateTime now) {
        batches.markVoided(c.getId(), c.getState().name());
        if (c.getDocumentId() != null && taken.amount().signum() > 0) {
            apply(
                    c,
                    now,
                    new DocumentPayment(
                            c.getDocumentId(),
                            c.getId(),
                            c.getReference(),
                            taken.negate(),
                            c.discount().negate(),
                            surchargePart(c, c.captured())
                                    .minus(surchargePart(c, c.refunded()))
                                    .negate()));
        }
        fire(CollectionEvent.Type.VOIDED, c, c.money(), zero(c), now);
    }

    /** Refunded (in part): a negative batch record and the document re-opened by the amount. */
    public void refunded(Collection c, CollectionOperation op, OffsetDateTime now) {
        Money amount = op.money();
        batches.createRefund(new BatchFacts(
                c.getId(),
                c.getCompanyId(),
                c.getDefinitionId(),
                c.getCustomerAccountId(),
                now,
                amount.negate(),
                c.getInstallments(),
                c.getMaskedPan(),
                c.getCardBrand(),
                c.getBankOrderId(),
                op.getAuthCode(),
                op.getHostRefNum(),
                op.getBankTransId(),
                "ONLINE",
                "REFUND",
                op.getId(),
                c.getChannel().name(),
                c.getState().name()));
        batches.collectionMoved(c.getId(), c.getState().name());
        if (c.getDocumentId() != null) {
            // the document re-opens by its share of the refund: the surcharge refunded with it was never settled
            Money before = c.refunded().minus(amount);
            Money surchargeBack = surchargePart(c, c.refunded()).minus(surchargePart(c, before));
            apply(
                    c,
                    now,
                    new DocumentPayment(
                            c.getDocumentId(),
                            c.getId(),
                            c.getReference(),
                            amount.negate(),
                            null,
                            surchargeBack.negate()));
        }
        fire(CollectionEvent.Type.REFUNDED, c, amount, zero(c), now);
    }

    /** Applies the payment to the document; what the document cannot take is raised to finance on the collection. */
    private void apply(Collection c, OffsetDateTime now, DocumentPayment payment) {
        AppliedPayment applied = erp.applyPayment(payment);
        if (!applied.fits()) {
            collections.addStateChange(c.raiseDocumentDifference(
                    applied.notApplied().amount().toPlainString() + " "
                            + applied.notApplied().currencyCode(),
                    "erp",
                    now));
        }
    }

    /** The surcharge's part of {@code charged} (money taken or given back in total): what the document does not see. */
    private static Money surchargePart(Collection c, Money charged) {
        return charged.minus(c.documentShareOf(charged));
    }

    private static BatchFacts facts(Collection c, Money amount, String kind, Long operationId, OffsetDateTime now) {
        return new BatchFacts(
                c.getId(),
                c.getCompanyId(),
                c.getDefinitionId(),
                c.getCustomerAccountId(),
                now,
                amount,
                c.getInstallments(),
                c.getMaskedPan(),
                c.getCardBrand(),
                c.getBankOrderId(),
                c.getAuthCode(),
                c.getHostRefNum(),
                c.getBankTransId(),
                "ONLINE",
                kind,
                operationId,
                c.getChannel().name(),
                c.getState().name());
    }

    private CollectionEvent fire(
            CollectionEvent.Type type, Collection c, Money amount, Money commission, OffsetDateTime now) {
        CollectionEvent event = new CollectionEvent(
                type,
                c.getReference(),
                c.getCompanyId(),
                c.getCustomerAccountId(),
                c.getDocumentId(),
                c.getDefinitionId(),
                amount,
                commission,
                c.getBankOrderId(),
                c.getAuthCode(),
                now);
        events.fire(event);
        return event;
    }

    private static Money zero(Collection c) {
        return Money.of(BigDecimal.ZERO, c.money().currencyCode());
    }
}
