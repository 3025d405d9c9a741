package dev.vpos.collection.domain;

import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;

/**
 * Fired (CDI, synchronously, inside the transaction of the state change) whenever money moves, so that a host ERP
 * can post its vouchers in the same transaction: an observer that throws rolls the state change back.
 *
 * @param type       AUTHORIZED (a pre-authorisation: nothing to post yet), COLLECTED (sale approved or capture),
 *                   VOIDED, REFUNDED
 * @param amount     the amount of this movement (always positive)
 * @param commission the bank's commission on a COLLECTED movement, from the definition's fee schedule (else zero)
 */
public record CollectionEvent(
        Type type,
        String reference,
        long companyId,
        long customerAccountId,
        Long documentId,
        long definitionId,
        Money amount,
        Money commission,
        String bankOrderId,
        String authCode,
        OffsetDateTime occurredAt) {

    public enum Type {
        AUTHORIZED,
        COLLECTED,
        VOIDED,
        REFUNDED
    }
}
