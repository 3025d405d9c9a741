package dev.vpos.collection.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.Money;

/** Everything needed to open a collection, already validated. Holds no card data beyond the masked PAN. */
public record CollectionDraft(String reference, String bankOrderId, long companyId, long customerAccountId,
                              long definitionId, GatewayFamily family, Channel channel, Money amount, int installments,
                              String maskedPan, String cardBrand, String idempotencyKey, String requestFingerprint,
                              String createdBy) {
}
