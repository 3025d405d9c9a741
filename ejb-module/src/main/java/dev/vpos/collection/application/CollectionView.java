package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A collection as callers see it, with the meaning of the bank's code. {@code replayed} marks an idempotent replay;
 * {@code duplicateOf} is the reference of the earlier approved collection this one repeats (raised to finance).
 * {@code amount} is what the card was charged: {@code documentAmount} plus the {@code surcharge} the payer paid for an
 * installment count whose commission is passed on (zero when none).
 */
public record CollectionView(
        String reference,
        String bankOrderId,
        CollectionState state,
        long companyId,
        long customerAccountId,
        long definitionId,
        Channel channel,
        BigDecimal amount,
        String currency,
        int installments,
        String maskedPan,
        String cardBrand,
        String bankCode,
        String bankMessage,
        ReturnCodeMeaning meaning,
        String authCode,
        String hostRefNum,
        String transId,
        OffsetDateTime createdAt,
        boolean replayed,
        AuthorizationKind kind,
        BigDecimal capturedAmount,
        BigDecimal refundedAmount,
        Long documentId,
        boolean needsAttention,
        String duplicateOf,
        String routeReason,
        String routeDetail,
        Long failedOverFrom,
        BigDecimal surcharge,
        BigDecimal documentAmount) {}
