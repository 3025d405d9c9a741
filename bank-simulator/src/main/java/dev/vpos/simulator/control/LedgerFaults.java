package dev.vpos.simulator.control;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.settlement.SettlementLayouts;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Faults a reconciliation must find, made in the ledger directly: an approval the bank booked that the merchant's
 * system never saw (its answer was lost on the way back), and an order the bank does not have (so the merchant holds
 * a batch record the bank's settlement file lacks).
 */
public final class LedgerFaults {

    /** What to book; only family, merchant and amount are required. */
    public record Booking(
            String family,
            String merchant,
            String orderId,
            String amount,
            String currency,
            Integer installments,
            String card,
            String type) {}

    /** Bad input: answered 400 with the message. */
    public static final class BadBooking extends RuntimeException {
        BadBooking(String message) {
            super(message);
        }
    }

    /** The order id is already approved at that merchant: answered 409. */
    public static final class OrderTaken extends RuntimeException {
        OrderTaken(String message) {
            super(message);
        }
    }

    /**
     * The currency code each family's ledger entries carry for TRY (what its adapter sends); every family with a
     * settlement layout has one, so a booking is written, settled and answered by the family as its own entries are.
     */
    static final Map<String, String> TRY_CODE = Map.ofEntries(
            Map.entry("EST", "949"),
            Map.entry("GARANTI", "949"),
            Map.entry("POSNET", "TL"),
            Map.entry("PAYFOR", "949"),
            Map.entry("KUVEYT_TURK", "0949"),
            Map.entry("PAYFLEX", "949"),
            Map.entry("TOSLA", "949"),
            Map.entry("AKBANK", "949"),
            Map.entry("VAKIF_KATILIM", "0949"),
            Map.entry("PARAM", "TRY"),
            Map.entry("INTERPOS", "949"),
            Map.entry("POSNET_V1", "949"),
            Map.entry("PAYFLEX_CP", "949"));

    static final String DEFAULT_CARD = "4355084355084358";

    private final Ledger ledger;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LedgerFaults(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Books an approved transaction in the family's open batch, with the bank's codes made up as digits (auth code 6,
     * RRN 12, transaction id 9): a shape every family's status and history answers can carry.
     */
    public LedgerEntry book(Booking b) {
        String family = family(b.family());
        String merchant = required(b.merchant(), "merchant");
        BigDecimal amount;
        try {
            amount = new BigDecimal(required(b.amount(), "amount"));
        } catch (NumberFormatException e) {
            throw new BadBooking("amount must be a decimal such as 77.00");
        }
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new BadBooking("amount must be positive with at most 2 decimals");
        }
        int installments = b.installments() == null ? 1 : b.installments();
        if (installments < 1 || installments > 12) {
            throw new BadBooking("installments must be 1-12");
        }
        LedgerType type;
        try {
            type = b.type() == null
                    ? LedgerType.SALE
                    : LedgerType.valueOf(b.type().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadBooking("type must be SALE, POST_AUTH or REFUND");
        }
        if (type != LedgerType.SALE && type != LedgerType.POST_AUTH && type != LedgerType.REFUND) {
            throw new BadBooking("type must be SALE, POST_AUTH or REFUND");
        }
        String orderId = b.orderId() == null || b.orderId().isBlank()
                ? "BANK-" + digits(12)
                : b.orderId().trim();
        if (type != LedgerType.SALE && (b.orderId() == null || b.orderId().isBlank())) {
            throw new BadBooking("a " + type + " needs the orderId it follows");
        }
        String card =
                b.card() == null || b.card().isBlank() ? DEFAULT_CARD : b.card().replace(" ", "");
        String masked = card.matches("[0-9]{12,19}") ? CardNumbers.mask(card) : card;
        if (!masked.matches("[0-9]{6}\\*+[0-9]{4}")) {
            throw new BadBooking("card must be a card number or masked as BIN + '*' + last 4");
        }
        String currency = b.currency() == null || b.currency().isBlank()
                ? TRY_CODE.get(family)
                : b.currency().trim();
        LedgerEntry entry = new LedgerEntry(
                family,
                merchant,
                orderId,
                amount,
                currency,
                installments,
                masked,
                LedgerEntry.APPROVED,
                digits(6),
                digits(12),
                digits(9),
                Integer.toString(ledger.openBatch(family)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                type);
        if (!ledger.record(entry)) {
            throw new OrderTaken(
                    "order " + orderId + " is already approved for merchant " + merchant + " at " + family);
        }
        return entry;
    }

    /** Forgets the order (every entry of it); 0 when the ledger does not have it. */
    public int forget(String family, String merchant, String orderId) {
        return ledger.forget(family(family), required(merchant, "merchant"), required(orderId, "orderId"));
    }

    private static String family(String family) {
        String f = required(family, "family").toUpperCase(Locale.ROOT);
        if (SettlementLayouts.of(f).isEmpty() || !TRY_CODE.containsKey(f)) {
            throw new BadBooking("family must be one of " + String.join(", ", new TreeSet<>(TRY_CODE.keySet())));
        }
        return f;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new BadBooking(name + " is required");
        }
        return value.trim();
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
