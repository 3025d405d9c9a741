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
        BigDecimal surcharge,
        BigDecimal charged,
        BigDecimal commission,
        BigDecimal net,
        LocalDate valueDate,
        List<Integer> installmentsOffered,
        List<InstallmentOption> installmentOptions,
        Route route,
        Card card) {

    /**
     * An installment count the card may have and the extra installments its programme's campaign adds to it (0 and a
     * null programme when none): "6 + 2 (Bonus)". The bank is sent {@code installments}; it adds the extra ones.
     * {@code perMonth}, {@code total} (charged) and {@code surcharge} (above the amount, for a count whose commission
     * the definition passes on to the payer; else 0).
     */
    public record InstallmentOption(
            int installments,
            int plusInstallments,
            String campaignProgramme,
            BigDecimal perMonth,
            BigDecimal total,
            BigDecimal surcharge) {}

    /** Why the definition was chosen: NAMED, DEFAULT, ON_US, PROGRAMME or CHEAPEST, its detail, the failover. */
    public record Route(String reason, String detail, String fallbackDefinitionCode) {}

    /** What the BIN table says about the card (null when the quote had no BIN or the table does not know it). */
    public record Card(
            String prefix,
            String issuerCode,
            String issuerName,
            String programme,
            String brand,
            String type,
            String country) {}

    public static QuoteResponse of(QuoteService.Quote a) {
        return new QuoteResponse(
                a.definitionId(),
                a.definitionCode(),
                a.definitionName(),
                a.family(),
                a.amount(),
                a.currency(),
                a.installments(),
                a.surcharge(),
                a.charged(),
                a.commission(),
                a.net(),
                a.valueDate(),
                a.installmentsOffered(),
                a.installmentOptions() == null
                        ? null
                        : a.installmentOptions().stream()
                                .map(o -> new InstallmentOption(
                                        o.installments(),
                                        o.plusInstallments(),
                                        o.campaignProgramme(),
                                        o.perMonth(),
                                        o.total(),
                                        o.surcharge()))
                                .toList(),
                a.route() == null
                        ? null
                        : new Route(
                                a.route().reason(),
                                a.route().detail(),
                                a.route().fallbackDefinitionCode()),
                a.card() == null
                        ? null
                        : new Card(
                                a.card().prefix(),
                                a.card().issuerCode(),
                                a.card().issuerName(),
                                a.card().programme(),
                                a.card().brand(),
                                a.card().type().name(),
                                a.card().country()));
    }
}
