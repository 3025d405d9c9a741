package dev.vpos.reconciliation.domain;

import java.util.Map;

/**
 * A settlement-file mapping as an admin enters it (and as it is stored): plain values, checked by
 * {@link MappingSpec#of(MappingDraft)}.
 *
 * @param separator         one of {@code ; , |} or {@code TAB}
 * @param columns           {@link StatementField#jsonName()} → the file's header name, or {@code #n} (1-based position)
 * @param saleCodes         comma-separated type codes of sales and captures (empty: whatever is not a refund)
 * @param currencyAliases   e.g. {@code TL=TRY,US=USD}: the bank's own currency codes
 * @param amountTolerance   decimal, e.g. {@code 0.01}: amount and commission differences up to it are no difference
 */
public record MappingDraft(
        String code,
        String name,
        String family,
        String separator,
        Boolean header,
        String charset,
        String decimalSeparator,
        String signConvention,
        String datePattern,
        String timePattern,
        Map<String, String> columns,
        String saleCodes,
        String refundCodes,
        String ignoreCodes,
        String defaultCurrency,
        String currencyAliases,
        Integer dateToleranceDays,
        String amountTolerance) {}
