package dev.vpos.reconciliation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One transaction of a settlement file, read with a mapping. Codes are exactly as the bank wrote them (trimmed);
 * the card only masked.
 *
 * @param line       the file line the record starts on (the header is line 1)
 * @param cardKey    BIN + last 4 of the masked card (pass 2 of matching), null when the file does not show both
 * @param amount     signed: a refund is negative
 * @param commission what the bank kept (never negative), or null when the file does not say
 * @param net        signed like the amount, or null when the file does not say
 */
public record ParsedLine(
        int line,
        LocalDate date,
        LocalTime time,
        String merchant,
        String orderId,
        String authCode,
        String rrn,
        String transId,
        String batchNo,
        String maskedPan,
        String cardKey,
        String typeCode,
        TransactionKind kind,
        BigDecimal amount,
        String currency,
        int installments,
        BigDecimal commission,
        BigDecimal net) {}
