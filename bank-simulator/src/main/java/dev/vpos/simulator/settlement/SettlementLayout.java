package dev.vpos.simulator.settlement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one bank family writes its day-end settlement file: separator, column names and order, date format, decimal
 * separator and how a refund shows (a negative amount, or a positive amount with a type code). Banks differ in
 * every one of these, which is why the product's importer takes a mapping per bank.
 *
 * @param columns          header name per column, in file order
 * @param refundsNegative  true when refunds and voids carry a minus sign; false when only the type says so
 * @param typeCodes        how the file names each ledger type (SALE, POST_AUTH, REFUND)
 */
public record SettlementLayout(
        String family,
        char separator,
        Map<SettlementColumn, String> columns,
        String datePattern,
        String timePattern,
        char decimalSeparator,
        boolean refundsNegative,
        Map<String, String> typeCodes) {

    public SettlementLayout {
        columns = new LinkedHashMap<>(columns);
        typeCodes = Map.copyOf(typeCodes);
    }
}
