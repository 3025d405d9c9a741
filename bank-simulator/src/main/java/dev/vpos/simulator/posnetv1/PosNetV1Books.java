package dev.vpos.simulator.posnetv1;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The PosNet V1 family's books on the shared {@link Ledger} (family {@value #FAMILY}, merchant = MerchantNo, order =
 * the order id as the bank keeps it: 20 characters, {@code TDS_} + 20 for a 3-D order; currency by ISO number): the
 * host's answer to a card, booking with an 18-digit {@code ReferenceCode}, the follow-up rules.
 */
final class PosNetV1Books {

    static final String FAMILY = "POSNET_V1";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", "0051",
            "4508034508034509", "0054",
            "4000000000000002", "0005",
            "4000000000000044", "0041");
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS =
            Map.of(51, "0051", 54, "0054", 5, "0005", 41, "0041");
    static final Map<String, String> NUMBER_BY_LETTERS = Map.of("TL", "949", "US", "840", "EU", "978", "GB", "826");

    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;

    PosNetV1Books(Ledger ledger, Clock clock, RandomGenerator random) {
        this.ledger = ledger;
        this.clock = clock;
        this.random = random;
    }

    static String letters(String number) {
        return NUMBER_BY_LETTERS.entrySet().stream()
                .filter(e -> e.getValue().equals(number))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(number);
    }

    String hostCode(String pan, String expiryYyMm, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return CODE_BY_CARD.get(pan);
        }
        if (expiryYyMm == null
                || !expiryYyMm.matches("\\d{2}(0[1-9]|1[0-2])")
                || YearMonth.of(
                                2000 + Integer.parseInt(expiryYyMm.substring(0, 2)),
                                Integer.parseInt(expiryYyMm.substring(2)))
                        .isBefore(YearMonth.now(clock))) {
            return "0054";
        }
        return CODE_BY_MINOR_UNITS.getOrDefault(
                amount.remainder(BigDecimal.ONE).movePointRight(2).intValue(), "00");
    }

    boolean hasApproved(String merchant, String orderKey) {
        return ledger.hasApproved(FAMILY, merchant, orderKey);
    }

    List<LedgerEntry> entries(String merchant, String orderKey) {
        return ledger.entriesOf(FAMILY, merchant, orderKey);
    }

    /** The order key of the approved transaction with this reference. */
    Optional<String> orderOf(String merchant, String referenceCode) {
        return ledger.newestFirst(Optional.empty()).stream()
                .filter(e -> FAMILY.equals(e.family()) && merchant.equals(e.clientId()))
                .filter(e -> !referenceCode.isEmpty() && referenceCode.equals(e.hostRefNum()))
                .map(LedgerEntry::orderId)
                .findFirst();
    }

    /** Books one transaction; null when it is a second approval of the same order. */
    LedgerEntry book(
            String merchant,
            String orderKey,
            BigDecimal amount,
            String currencyNumber,
            int installments,
            String maskedPan,
            String code,
            LedgerType type) {
        boolean approved = LedgerEntry.APPROVED.equals(code);
        LedgerEntry e = new LedgerEntry(
                FAMILY,
                merchant,
                orderKey,
                amount,
                currencyNumber,
                installments,
                maskedPan,
                code,
                approved ? String.format("%06d", random.nextInt(1_000_000)) : "",
                approved ? String.format("%018d", random.nextLong(1_000_000_000_000_000_000L)) : "",
                String.format("%06d", random.nextInt(1_000_000)),
                Integer.toString(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                type);
        return ledger.record(e) ? e : null;
    }

    /** Capture, Reverse or Return of an order: a refusal's {code, message}, or the booked entry. */
    Object followUp(String merchant, String orderKey, String type, BigDecimal amount, String currencyNumber) {
        LedgerOrder order = ledger.order(FAMILY, merchant, orderKey);
        if (!order.exists()) {
            return new String[] {PosNetV1Replies.NOT_FOUND, "ISLEM BULUNAMADI"};
        }
        if (order.voided()) {
            return new String[] {PosNetV1Replies.RULE, "ISLEM DAHA ONCE IPTAL EDILMIS"};
        }
        LedgerEntry original = order.authorization().orElseThrow();
        if (currencyNumber != null && !currencyNumber.equals(original.currency())) {
            return new String[] {PosNetV1Replies.FORMAT_ERROR, "CurrencyCode asil islemle ayni olmali"};
        }
        LedgerType booked;
        BigDecimal value = amount;
        switch (type) {
            case "Capture" -> {
                if (!order.capturable()) {
                    return new String[] {PosNetV1Replies.RULE, "KAPATILACAK PROVIZYON YOK"};
                }
                if (amount.compareTo(original.amount()) > 0) {
                    return new String[] {PosNetV1Replies.AMOUNT, "TUTAR PROVIZYON TUTARINI ASIYOR"};
                }
                booked = LedgerType.POST_AUTH;
            }
            case "Reverse" -> {
                if (!order.voidable()) {
                    return new String[] {PosNetV1Replies.RULE, "GUN SONU YAPILMIS ISLEM IPTAL EDILEMEZ, IADE YAPINIZ"};
                }
                value = order.captured().signum() > 0 ? order.captured() : original.amount();
                booked = LedgerType.VOID;
            }
            default -> {
                if (order.authorizationInOpenBatch()) {
                    return new String[] {PosNetV1Replies.RULE, "GUN SONU YAPILMAMIS ISLEM IADE EDILEMEZ, IPTAL EDINIZ"};
                }
                if (amount.compareTo(order.refundable()) > 0) {
                    return new String[] {PosNetV1Replies.AMOUNT, "IADE TUTARI KALAN TUTARI ASIYOR"};
                }
                booked = LedgerType.REFUND;
            }
        }
        return book(
                merchant,
                orderKey,
                value,
                original.currency(),
                original.installments(),
                original.maskedPan(),
                LedgerEntry.APPROVED,
                booked);
    }
}
