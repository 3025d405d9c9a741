package dev.vpos.collection.domain;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;

/**
 * Everything needed to open a collection, already validated. Holds no card data beyond the masked PAN. {@code amount}
 * is what the bank is charged; {@code surcharge} (null: none) the part of it the payer pays above the document amount
 * for an installment count whose commission is passed on.
 */
public record CollectionDraft(
        String reference,
        String bankOrderId,
        long companyId,
        long customerAccountId,
        long definitionId,
        GatewayFamily family,
        Channel channel,
        Money amount,
        int installments,
        String maskedPan,
        String cardBrand,
        String idempotencyKey,
        String requestFingerprint,
        String createdBy,
        AuthorizationKind kind,
        PaymentModel model,
        Long documentId,
        Long checkoutSessionId,
        String cardholderName,
        Money discount,
        Money surcharge) {

    public CollectionDraft(
            String reference,
            String bankOrderId,
            long companyId,
            long customerAccountId,
            long definitionId,
            GatewayFamily family,
            Channel channel,
            Money amount,
            int installments,
            String maskedPan,
            String cardBrand,
            String idempotencyKey,
            String requestFingerprint,
            String createdBy,
            AuthorizationKind kind,
            PaymentModel model,
            Long documentId,
            Long checkoutSessionId,
            String cardholderName,
            Money discount) {
        this(
                reference,
                bankOrderId,
                companyId,
                customerAccountId,
                definitionId,
                family,
                channel,
                amount,
                installments,
                maskedPan,
                cardBrand,
                idempotencyKey,
                requestFingerprint,
                createdBy,
                kind,
                model,
                documentId,
                checkoutSessionId,
                cardholderName,
                discount,
                null);
    }

    /** This draft charging {@code surcharge} above its amount (the document amount); itself when there is none. */
    public CollectionDraft withSurcharge(Money surcharge) {
        if (surcharge == null || !surcharge.isPositive()) {
            return this;
        }
        return new CollectionDraft(
                reference,
                bankOrderId,
                companyId,
                customerAccountId,
                definitionId,
                family,
                channel,
                amount.plus(surcharge),
                installments,
                maskedPan,
                cardBrand,
                idempotencyKey,
                requestFingerprint,
                createdBy,
                kind,
                model,
                documentId,
                checkoutSessionId,
                cardholderName,
                discount,
                surcharge);
    }

    public CollectionDraft(
            String reference,
            String bankOrderId,
            long companyId,
            long customerAccountId,
            long definitionId,
            GatewayFamily family,
            Channel channel,
            Money amount,
            int installments,
            String maskedPan,
            String cardBrand,
            String idempotencyKey,
            String requestFingerprint,
            String createdBy,
            AuthorizationKind kind,
            PaymentModel model,
            Long documentId,
            Long checkoutSessionId,
            String cardholderName) {
        this(
                reference,
                bankOrderId,
                companyId,
                customerAccountId,
                definitionId,
                family,
                channel,
                amount,
                installments,
                maskedPan,
                cardBrand,
                idempotencyKey,
                requestFingerprint,
                createdBy,
                kind,
                model,
                documentId,
                checkoutSessionId,
                cardholderName,
                null);
    }

    public CollectionDraft(
            String reference,
            String bankOrderId,
            long companyId,
            long customerAccountId,
            long definitionId,
            GatewayFamily family,
            Channel channel,
            Money amount,
            int installments,
            String maskedPan,
            String cardBrand,
            String idempotencyKey,
            String requestFingerprint,
            String createdBy) {
        this(
                reference,
                bankOrderId,
                companyId,
                customerAccountId,
                definitionId,
                family,
                channel,
                amount,
                installments,
                maskedPan,
                cardBrand,
                idempotencyKey,
                requestFingerprint,
                createdBy,
                AuthorizationKind.SALE,
                PaymentModel.REGULAR,
                null,
                null,
                null);
    }
}
