package dev.vpos.web.rest.quotes;

import dev.vpos.collection.application.QuoteService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the API answers for {@code QuoteService.Quote}, mapped at the API edge. */
public record QuoteResponse(
        long definitionId,
        String definitionCode,
        String definitionName,
        String family,
        BigDecimal amount,
        String currency,
        int installments,
        BigDecimal commission,
        BigDecimal net,
        LocalDate valueDate,
        List<Integer> installmentsOffered) {

    public static QuoteResponse of(QuoteService.Quote a) {
        return new QuoteResponse(
                a.definitionId(),
                a.definitionCode(),
                a.definitionName(),
                a.family(),
                a.amount(),
                a.currency(),
                a.installments(),
                a.commission(),
                a.net(),
                a.valueDate(),
                a.installmentsOffered());
    }
}
