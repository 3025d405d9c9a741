package dev.vpos.simulator.interpos;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The InterPOS family's books on the shared {@link Ledger} (family {@value #FAMILY}, merchant = ShopCode): the host's
 * answer to a card (the shared test cards and magic minor units), booking with bank-shaped identifiers, the follow-up
 * rules and the {@code StatusHistory} answer.
 */
final class InterPosBooks {

    static final String FAMILY = "INTERPOS";

    private static final Map<String, String> CODE_BY_CARD = Map.of(
            "4546711234567894", "51", "4508034508034509", "54", "4000000000000002", "05", "4000000000000044", "41");
    private static final Map<Integer, String> CODE_BY_MINOR_UNITS = Map.of(51, "51", 54, "54", 5, "05", 41, "41");

    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong systemOrders = new AtomicLong(121_300_000);

    InterPosBooks(Ledger ledger, Clock clock, RandomGenerator random) {
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

    /** The bank's own id for a follow-up's answer ({@code SYSOID...}, as mews/pos's fixtures show). */
    String systemOrderId() {
        return "SYSOID" + systemOrders.incrementAndGet();
    }

    boolean hasApproved(String shop, String orderId) {
        return ledger.hasApproved(FAMILY, shop, orderId);
    }

    /** Books one transaction; null when it is a second approval of the same order. */
    LedgerEntry book(
            String shop,
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
                shop,
                orderId,
                amount,
                currency,
                installments,
                maskedPan,
                code,
                approved ? String.format("%06d", random.nextInt(1_000_000)) : "",
                approved ? String.format("%012d", random.nextLong(1_000_000_000_000L)) : "",
                String.format("%09d", random.nextInt(1_000_000_000)),
                Integer.toString(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                type);
        return ledger.record(e) ? e : null;
    }

    /** PostAuth, Void or Refund of an order: a refusal's {code, message}, or the booked entry. */
    Object followUp(String shop, String orderId, String txnType, BigDecimal amount, String currency) {
        LedgerOrder order = ledger.order(FAMILY, shop, orderId);
        if (!order.exists()) {
            return new String[] {InterPosReplies.RULE, "Orijinal islem bulunamadi"};
        }
        if (order.voided()) {
            return new String[] {InterPosReplies.RULE, "Islem daha once iptal edilmis"};
        }
        LedgerEntry original = order.authorization().orElseThrow();
        if (currency != null && !currency.isEmpty() && !currency.equals(original.currency())) {
            return new String[] {InterPosReplies.INVALID_FIELD, "Para birimi orijinal islemle ayni olmali"};
        }
        LedgerType type;
        BigDecimal booked = amount;
        switch (txnType) {
            case "PostAuth" -> {
                if (!order.isPreAuthorization()) {
                    return new String[] {InterPosReplies.RULE, "Islem on provizyon degil"};
                }
                if (!order.capturable()) {
                    return new String[] {InterPosReplies.RULE, "On provizyon kapatilmis"};
                }
                if (amount.compareTo(original.amount()) > 0) {
                    return new String[] {InterPosReplies.RULE, "Tutar on provizyon tutarini asiyor"};
                }
                type = LedgerType.POST_AUTH;
            }
            case "Void" -> {
                if (!order.voidable()) {
                    return new String[] {InterPosReplies.RULE, "Gun sonu yapilmis islem iptal edilemez, iade yapiniz"};
                }
                booked = order.captured().signum() > 0 ? order.captured() : original.amount();
                type = LedgerType.VOID;
            }
            default -> {
                if (order.authorizationInOpenBatch()) {
                    return new String[] {InterPosReplies.RULE, "Gun sonu yapilmamis islem iade edilemez, iptal ediniz"};
                }
                if (amount.compareTo(order.refundable()) > 0) {
                    return new String[] {InterPosReplies.RULE, "Iade tutari kalan tutari asiyor"};
                }
                type = LedgerType.REFUND;
            }
        }
        return book(
                shop,
                orderId,
                booked,
                original.currency(),
                original.installments(),
                original.maskedPan(),
                LedgerEntry.APPROVED,
                type);
    }

    /**
     * The {@code StatusHistory} answer: the order's authorisation (the approved one, else the latest declined one)
     * with {@code TxnStat} Y/N and its code, {@code ChargeTypeCd} S / PA / PS (pre-authorisation closed by a
     * post-authorisation), the authorised amount, the refunded total and the void's date.
     */
    Map<String, String> status(String shop, String orderId) {
        List<LedgerEntry> newestFirst = ledger.entriesOf(FAMILY, shop, orderId);
        LedgerOrder order = ledger.order(FAMILY, shop, orderId);
        Optional<LedgerEntry> auth = order.authorization()
                .or(() -> newestFirst.stream()
                        .filter(e -> e.type() == LedgerType.SALE || e.type() == LedgerType.PRE_AUTH)
                        .findFirst());
        Map<String, String> f = new LinkedHashMap<>();
        if (auth.isEmpty()) {
            f.put("OrderId", systemOrderId());
            f.put("ProcReturnCode", InterPosReplies.NOT_FOUND);
            f.put("BatchNo", "");
            f.put("TransId", "");
            f.put("TRXDATE", "");
            f.put("TxnStat", "");
            f.put("PurchAmount", "0");
            f.put("VoidDate", InterPosReplies.NEVER);
            f.put("TxnStatus", "");
            f.put("ChargeTypeCd", "");
            f.put("ErrorCode", InterPosReplies.NOT_FOUND);
            f.put("ErrorMessage", "TR:Islem bulunamadi");
            f.put("RefundedAmount", "0");
            f.put("AuthCode", "");
            return f;
        }
        LedgerEntry a = auth.get();
        boolean postAuthorised = newestFirst.stream().anyMatch(e -> e.type() == LedgerType.POST_AUTH && e.isApproved());
        Optional<LedgerEntry> voided = newestFirst.stream()
                .filter(e -> e.type() == LedgerType.VOID && e.isApproved())
                .findFirst();
        f.put("OrderId", orderId);
        f.put("ProcReturnCode", a.resultCode());
        f.put("BatchNo", a.settleId());
        f.put("TransId", a.transId());
        f.put("TRXDATE", InterPosReplies.time(a.timestamp(), clock));
        f.put("TxnStat", a.isApproved() ? "Y" : "N");
        f.put("PurchAmount", InterPosReplies.turkish(a.amount()));
        f.put(
                "VoidDate",
                voided.map(v -> InterPosReplies.time(v.timestamp(), clock)).orElse(InterPosReplies.NEVER));
        f.put(
                "TxnStatus",
                !a.isApproved()
                        ? "D"
                        : voided.isPresent()
                                ? "V"
                                : order.refunded().signum() > 0
                                        ? order.refundable().signum() == 0 ? "R" : "PR"
                                        : "A");
        f.put("ChargeTypeCd", a.type() == LedgerType.PRE_AUTH ? postAuthorised ? "PS" : "PA" : "S");
        f.put("ErrorCode", a.isApproved() ? "" : a.resultCode());
        f.put("ErrorMessage", a.isApproved() ? "" : InterPosReplies.HOST_MESSAGES.getOrDefault(a.resultCode(), "RED"));
        f.put("RefundedAmount", order.refunded().signum() == 0 ? "0" : InterPosReplies.turkish(order.refunded()));
        f.put("AuthCode", a.authCode());
        return f;
    }
}
