package dev.vpos.simulator.kuveytturk;

import dev.vpos.simulator.kuveytturk.KuveytTurkMerchants.Merchant;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bank's SOAP VirtualPosService: {@code SaleReversal} (cancel: same day only, i.e. while the sale's batch is
 * open, for the full amount), {@code DrawBack} (refund of the whole amount after the day end) and
 * {@code PartialDrawback} (up to what is left after the day end), and {@code GetMerchantOrderDetail}. Same-day
 * refunds are refused with InvalidRequestError (cancel instead), as past-day cancels are (refund instead).
 * Credentials and the VPosMessage hash are checked first; the original is found by our order id and must match the
 * bank's OrderId, RRN, Stan and provision number given.
 */
final class KuveytTurkService {

    static final String REVERSAL = "SaleReversal";
    static final String DRAW_BACK = "DrawBack";
    static final String PARTIAL = "PartialDrawback";
    static final String DETAIL = "GetMerchantOrderDetail";
    private static final Set<String> OPERATIONS = Set.of(REVERSAL, DRAW_BACK, PARTIAL, DETAIL);

    private final KuveytTurkMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;
    private final KuveytTurkIdentifiers ids;

    KuveytTurkService(KuveytTurkMerchants merchants, Ledger ledger, Clock clock, KuveytTurkIdentifiers ids) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
        this.ids = ids;
    }

    KuveytTurkReply handle(byte[] body, String contentType, String soapAction) {
        Optional<KuveytTurkDocument> read = KuveytTurkDocument.read(body, contentType);
        String action = soapAction == null ? "" : soapAction.replace("\"", "").trim();
        if (read.isEmpty()
                || !OPERATIONS.contains(read.get().root())
                || !action.isEmpty()
                        && !action.endsWith("/IVirtualPosService/" + read.get().root())) {
            return new KuveytTurkReply(
                    500,
                    KuveytTurkWriter.XML_TYPE,
                    KuveytTurkWriter.soapFault("The message could not be processed (unknown operation or SOAPAction).")
                            .getBytes(StandardCharsets.UTF_8),
                    KuveytTurkOutcomes.Fault.NONE);
        }
        KuveytTurkDocument d = read.get();
        String op = d.root();
        Optional<Merchant> merchant =
                merchants.identify(d.get("MerchantId"), d.get("CustomerId"), d.get("VPosMessage.UserName"));
        if (merchant.isEmpty()) {
            return refused(op, KuveytTurkCodes.API_USER);
        }
        Merchant m = merchant.get();
        String orderId = d.get("VPosMessage.MerchantOrderId");
        String hash = KuveytTurkHashes.request(
                m.merchantId(), orderId, d.get("VPosMessage.Amount"), "", "", m.userName(), m.hashedPassword());
        if (!KuveytTurkHashes.matches(hash, d.get("VPosMessage.HashData"))
                || !op.equals(d.get("VPosMessage.TransactionType"))) {
            return refused(op, KuveytTurkCodes.HASH_ERROR);
        }
        LedgerOrder order = ledger.order(KuveytTurkBank.FAMILY, m.merchantId(), orderId);
        if (DETAIL.equals(op)) {
            return KuveytTurkReply.xml(
                    KuveytTurkWriter.soap(op, null, null, true, KuveytTurkOrderDetail.of(order, clock)));
        }
        if (order.authorization().isEmpty()
                || !sameOriginal(d, order.authorization().get())) {
            return refused(op, KuveytTurkCodes.NO_METADATA);
        }
        LedgerEntry sale = order.authorization().get();
        String amountText = d.get("Amount");
        if (!amountText.matches("[1-9]\\d{0,11}")) {
            return refused(op, KuveytTurkCodes.INVALID_AMOUNT);
        }
        BigDecimal amount = BigDecimal.valueOf(Long.parseLong(amountText), 2);
        Optional<String> rule =
                REVERSAL.equals(op) ? reversalRule(order, sale, amount) : refundRule(op, order, sale, amount);
        if (rule.isPresent()) {
            if (KuveytTurkCodes.CANCELLED_NOT_REFUNDABLE.equals(rule.get())) {
                return KuveytTurkReply.xml(
                        KuveytTurkWriter.soap(op, null, null, true, value(rule.get(), orderId, sale, null)));
            }
            return refused(op, rule.get());
        }
        String stan = ids.stan();
        String rrn = ids.rrn(stan);
        LedgerEntry entry = new LedgerEntry(
                KuveytTurkBank.FAMILY,
                m.merchantId(),
                orderId,
                amount,
                sale.currency(),
                sale.installments(),
                sale.maskedPan(),
                KuveytTurkCodes.APPROVED,
                sale.authCode(),
                rrn,
                stan,
                Integer.toString(ledger.openBatch(KuveytTurkBank.FAMILY)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                REVERSAL.equals(op) ? LedgerType.VOID : LedgerType.REFUND);
        ledger.record(entry);
        return KuveytTurkReply.xml(
                KuveytTurkWriter.soap(op, null, null, true, value(KuveytTurkCodes.APPROVED, orderId, sale, entry)));
    }

    private static boolean sameOriginal(KuveytTurkDocument d, LedgerEntry sale) {
        return KuveytTurkIdentifiers.orderId(sale.hostRefNum()).equals(d.get("OrderId"))
                && sale.hostRefNum().equals(d.get("RRN"))
                && sale.transId().equals(d.get("Stan"))
                && sale.authCode().equals(d.get("ProvisionNumber"));
    }

    private static Optional<String> reversalRule(LedgerOrder order, LedgerEntry sale, BigDecimal amount) {
        if (order.voided()) {
            return Optional.of(KuveytTurkCodes.ALREADY_CANCELLED);
        }
        if (!order.voidable() || amount.compareTo(sale.amount()) != 0) {
            return Optional.of(KuveytTurkCodes.REQUEST_ERROR);
        }
        return Optional.empty();
    }

    private static Optional<String> refundRule(String op, LedgerOrder order, LedgerEntry sale, BigDecimal amount) {
        if (order.voided()) {
            return Optional.of(KuveytTurkCodes.CANCELLED_NOT_REFUNDABLE);
        }
        if (order.authorizationInOpenBatch()) {
            return Optional.of(KuveytTurkCodes.REQUEST_ERROR);
        }
        boolean full = DRAW_BACK.equals(op);
        if (full && (amount.compareTo(sale.amount()) != 0 || order.refunded().signum() != 0)
                || amount.compareTo(order.refundable()) > 0) {
            return Optional.of(KuveytTurkCodes.REQUEST_ERROR);
        }
        return Optional.empty();
    }

    private KuveytTurkReply refused(String op, String code) {
        String message = KuveytTurkCodes.REQUEST_ERROR.equals(code)
                ? "İptal işlemi satışla aynı gün ve tam tutarla yapılmalıdır; geçmiş tarihli işlem için, kalan tutarı aşmadan,"
                        + " iade yapınız."
                : KuveytTurkCodes.message(code);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("IsEnrolled", "false");
        value.put("IsVirtual", "false");
        value.put("ResponseCode", "DbLayerError");
        value.put("OrderId", "0");
        value.put("TransactionTime", "0001-01-01T00:00:00");
        value.put("BusinessKey", "0");
        return KuveytTurkReply.xml(KuveytTurkWriter.soap(op, code, message, false, value));
    }

    private Map<String, Object> value(String code, String orderId, LedgerEntry sale, LedgerEntry entry) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("IsEnrolled", "false");
        v.put("IsVirtual", "false");
        v.put("ProvisionNumber", KuveytTurkCodes.APPROVED.equals(code) ? sale.authCode() : "");
        v.put("RRN", entry == null ? "" : entry.hostRefNum());
        v.put("Stan", entry == null ? "" : entry.transId());
        v.put("ResponseCode", code);
        v.put("ResponseMessage", KuveytTurkCodes.message(code));
        v.put("OrderId", KuveytTurkIdentifiers.orderId(sale.hostRefNum()));
        v.put(
                "TransactionTime",
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        v.put("MerchantOrderId", orderId);
        v.put("CurrencyCode", sale.currency());
        v.put("BusinessKey", "0");
        return v;
    }
}
