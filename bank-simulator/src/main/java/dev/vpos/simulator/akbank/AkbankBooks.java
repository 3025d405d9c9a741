package dev.vpos.simulator.akbank;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * The Akbank family's books on the shared {@link Ledger} (family {@value #FAMILY}, merchant = merchantSafeId): the
 * host's answer to a card (the shared test cards and magic minor units), booking with bank-shaped identifiers, the
 * follow-up rules and the order history ({@code txnCode 1010}).
 */
final class AkbankBooks {

    static final String FAMILY = "AKBANK";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", "51", "4508034508034509", "54", "4000000000000002", "05", "4000000000000044", "41");
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS = Map.of(51, "51", 54, "54", 5, "05", 41, "41");

    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicInteger stan = new AtomicInteger(1);

    AkbankBooks(Ledger ledger, Clock clock, RandomGenerator random) {
        this.ledger = ledger;
        this.clock = clock;
        this.random = random;
    }

    String hostCode(String pan, String expiryMmYy, BigDecimal amount) {
        if (CODE_BY_CARD.containsKey(pan)) {
            return CODE_BY_CARD.get(pan);
        }
        if (expiryMmYy == null
                || !expiryMmYy.matches("(0[1-9]|1[0-2])\\d{2}")
                || YearMonth.of(
                                2000 + Integer.parseInt(expiryMmYy.substring(2)),
                                Integer.parseInt(expiryMmYy.substring(0, 2)))
                        .isBefore(YearMonth.now(clock))) {
            return "54";
        }
        return CODE_BY_MINOR_UNITS.getOrDefault(
                amount.remainder(BigDecimal.ONE).movePointRight(2).intValue(), "00");
    }

    boolean hasApproved(String merchant, String orderId) {
        return ledger.hasApproved(FAMILY, merchant, orderId);
    }

    LedgerOrder order(String merchant, String orderId) {
        return ledger.order(FAMILY, merchant, orderId);
    }

    /** Books one transaction; null when it is a second approval of the same order. */
    LedgerEntry book(
            String merchant,
            String orderId,
            BigDecimal amount,
            String currency,
            int installments,
            String maskedPan,
            String code,
            LedgerType type) {
        boolean approved = LedgerEntry.APPROVED.equals(code);
        LedgerEntry e = new LedgerEntry(
                FAMILY,
                merchant,
                orderId,
                amount,
                currency,
                installments,
                maskedPan,
                code,
                approved ? String.format("%06d", random.nextInt(1_000_000)) : "",
                approved ? String.format("%012d", random.nextLong(1_000_000_000_000L)) : "0",
                Integer.toString(stan.getAndIncrement()),
                Integer.toString(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                type);
        return ledger.record(e) ? e : null;
    }

    /** Post-authorisation, cancel or refund of an order; a refusal's {code, message}, or the booked entry. */
    Object followUp(String merchant, String orderId, String txnCode, BigDecimal amount, String currency) {
        LedgerOrder order = order(merchant, orderId);
        if (!order.exists()) {
            return new String[] {AkbankReplies.NOT_FOUND, "Orjinal İşlem bulunamadı. Sipariş Numarası : " + orderId};
        }
        if (order.voided()) {
            return new String[] {AkbankReplies.ALREADY_CANCELLED, "Daha önce iptal edilmiş işlem"};
        }
        LedgerEntry original = order.authorization().orElseThrow();
        if (currency != null && !currency.equals(original.currency())) {
            return new String[] {AkbankReplies.INVALID_FIELD, "Para birimi asıl işlemle aynı olmalıdır"};
        }
        LedgerType type;
        BigDecimal booked = amount;
        switch (txnCode) {
            case "1005" -> {
                if (!order.isPreAuthorization()) {
                    return new String[] {AkbankReplies.RULE, "İşlem ön provizyon değil"};
                }
                if (!order.capturable()) {
                    return new String[] {AkbankReplies.RULE, "Ön provizyon kapatılmış"};
                }
                if (amount.compareTo(original.amount()) > 0) {
                    return new String[] {AkbankReplies.RULE, "Tutar ön provizyon tutarını aşıyor"};
                }
                type = LedgerType.POST_AUTH;
            }
            case "1003" -> {
                if (!order.voidable()) {
                    return new String[] {AkbankReplies.RULE, "Gün sonu yapılmış işlem iptal edilemez, iade yapınız"};
                }
                booked = order.captured().signum() > 0 ? order.captured() : original.amount();
                type = LedgerType.VOID;
            }
            default -> {
                if (order.authorizationInOpenBatch()) {
                    return new String[] {AkbankReplies.RULE, "Gün sonu yapılmamış işlem iade edilemez, iptal ediniz"};
                }
                if (amount.compareTo(order.refundable()) > 0) {
                    return new String[] {AkbankReplies.RULE, "İade tutarı kalan tutarı aşıyor"};
                }
                type = LedgerType.REFUND;
            }
        }
        return book(
                merchant,
                orderId,
                booked,
                original.currency(),
                original.installments(),
                original.maskedPan(),
                LedgerEntry.APPROVED,
                type);
    }

    /** The order history: every transaction of the order, oldest first, with the order's status. */
    JsonObject history(String merchant, String orderId) {
        List<LedgerEntry> oldestFirst = new ArrayList<>(ledger.entriesOf(FAMILY, merchant, orderId));
        if (oldestFirst.isEmpty()) {
            return AkbankReplies.refused(
                    "1010",
                    AkbankReplies.NO_SUCH_ORDER,
                    "İşlem bulunamadı. Sipariş Numarası : " + orderId,
                    null,
                    clock);
        }
        java.util.Collections.reverse(oldestFirst);
        LedgerOrder order = order(merchant, orderId);
        String status = order.voided()
                ? "V"
                : order.refunded().signum() > 0 && order.refundable().signum() == 0 ? "R" : "N";
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (LedgerEntry e : oldestFirst) {
            lines.add(Json.createObjectBuilder()
                    .add("txnCode", txnCode(e.type()))
                    .add("responseCode", e.isApproved() ? AkbankReplies.OK : AkbankReplies.PROVISION_ERROR)
                    .add("responseMessage", e.isApproved() ? "BAŞARILI" : "Provizyon Hatası")
                    .add("hostResponseCode", e.resultCode())
                    .add("hostMessage", AkbankReplies.HOST_MESSAGES.getOrDefault(e.resultCode(), "RED"))
                    .add("orderId", e.orderId())
                    .add("orgOrderId", e.orderId())
                    .add("amount", e.amount())
                    .add("currencyCode", Integer.parseInt(e.currency()))
                    .add("installCount", e.installments())
                    .add("authCode", e.authCode())
                    .add("rrn", e.hostRefNum())
                    .add("batchNumber", Integer.parseInt(e.settleId()))
                    .add("stan", Integer.parseInt(e.transId()))
                    .add("maskedCardNumber", e.maskedPan())
                    .add(
                            "txnDateTime",
                            e.timestamp().atZoneSameInstant(clock.getZone()).format(AkbankReplies.TIME))
                    .add("txnStatus", e.isApproved() ? status : "S"));
        }
        return AkbankReplies.base("1010", AkbankReplies.OK, "BAŞARILI", clock)
                .add("txnDetailList", lines)
                .build();
    }

    static String txnCode(LedgerType type) {
        return switch (type) {
            case SALE -> "1000";
            case PRE_AUTH -> "1004";
            case POST_AUTH -> "1005";
            case VOID -> "1003";
            case REFUND -> "1002";
        };
    }

    static String mask(String pan) {
        return CardNumbers.mask(pan);
    }
}
