package dev.vpos.collection.domain;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;

/** Everything needed to open a collection, already validated. Holds no card data beyond the masked PAN. */
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
        Money discount) {

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
