package dev.vpos.web.rest.batches;

import dev.vpos.batches.domain.CardBatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One credit-card batch record; the bank's codes exactly as the bank gave them. */
public record BatchResponse(long id, Long collectionId, long companyId, long definitionId, long customerAccountId,
                            OffsetDateTime transactionTime, BigDecimal amount, String currency, BigDecimal commission,
                            BigDecimal netAmount, LocalDate valueDate, int installments, String maskedPan,
                            String cardBrand, String bankOrderId, String authCode, String hostRefNum, String transId,
                            String source) {

    static BatchResponse of(CardBatch b) {
        var gross = b.gross();
        int scale = gross.amount().scale();
        return new BatchResponse(b.getId(), b.getCollectionId(), b.getCompanyId(), b.getDefinitionId(),
                b.getCustomerAccountId(), b.getTransactionTime(), gross.amount(), gross.currencyCode(),
                b.getCommission().setScale(scale), b.getNetAmount().setScale(scale), b.getValueDate(), b.getInstallments(),
                b.getMaskedPan(), b.getCardBrand(), b.getBankOrderId(), b.getAuthCode(), b.getHostRefNum(),
                b.getBankTransId(), b.getSource());
    }
}
