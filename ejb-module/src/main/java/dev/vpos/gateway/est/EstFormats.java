package dev.vpos.gateway.est;

import dev.vpos.shared.domain.Money;

/** How EST writes amounts, currencies and installments (a frequent source of bugs across families). */
final class EstFormats {

    private EstFormats() {}

    /** Decimal with a dot at the currency's scale: 100.25, 1.01, 100 for JPY. */
    static String amount(Money money) {
        return money.amount().toPlainString();
    }

    /** ISO 4217 numeric, three digits: TRY 949, USD 840, EUR 978. */
    static String currency(Money money) {
        return String.format("%03d", money.currency().getNumericCode());
    }

    /** Empty for a single payment, else the count. */
    static String installments(int count) {
        return count <= 1 ? "" : Integer.toString(count);
    }
}
