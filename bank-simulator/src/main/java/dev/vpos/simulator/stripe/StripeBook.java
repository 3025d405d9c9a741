package dev.vpos.simulator.stripe;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.Locale;

/**
 * Writes what the simulated Stripe did with money into the simulators' shared ledger (family {@code STRIPE}, the
 * account id as the merchant, our {@code metadata[order_id]} as the order id, amounts in major units).
 */
final class StripeBook {

    static final String FAMILY = "STRIPE";

    private final Ledger ledger;
    private final Clock clock;

    StripeBook(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    void approved(StripePaymentIntent pi, StripePaymentMethod pm, LedgerType type, long minor) {
        record(pi, pm, type, minor, LedgerEntry.APPROVED);
    }

    void declined(StripePaymentIntent pi, StripePaymentMethod pm, StripeDecline decline) {
        record(pi, pm, pi.manualCapture() ? LedgerType.PRE_AUTH : LedgerType.SALE, pi.amount, decline.ledgerCode());
    }

    private void record(StripePaymentIntent pi, StripePaymentMethod pm, LedgerType type, long minor, String code) {
        String orderId = pi.orderId().isEmpty() ? pi.id : pi.orderId();
        ledger.record(new LedgerEntry(
                FAMILY,
                pi.accountId,
                orderId,
                major(minor, pi.currency),
                pi.currency.toUpperCase(Locale.ROOT),
                1,
                pm == null ? "****" : pm.maskedNumber(),
                code,
                null,
                pi.latestCharge,
                pi.id,
                null,
                OffsetDateTime.now(clock),
                type));
    }

    /** Minor units to the currency's major units (Stripe's zero-decimal currencies have no minor unit). */
    static BigDecimal major(long minor, String currency) {
        int digits = Math.max(
                0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
        return BigDecimal.valueOf(minor, digits);
    }
}
