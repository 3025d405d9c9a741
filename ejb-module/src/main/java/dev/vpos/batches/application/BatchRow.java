package dev.vpos.batches.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of the credit-card batch listing, with the bank's transaction codes exactly as the bank gave them. */
public record BatchRow(
        long id,
        Long collectionId,
        String collectionReference,
        long companyId,
        long definitionId,
        String definitionCode,
        String family,
        long customerAccountId,
        String customerCode,
        String customerName,
        String documentNo,
        String channel,
        String state,
        OffsetDateTime transactionTime,
        BigDecimal amount,
        String currency,
        BigDecimal commission,
        BigDecimal netAmount,
        LocalDate valueDate,
        int installments,
        String maskedPan,
        String cardBrand,
        String bankOrderId,
        String authCode,
        String hostRefNum,
        String transId,
        String source,
        String kind,
        String status,
        String reconciliationStatus) {}
