package dev.vpos.simulator.payflexcp;

import dev.vpos.simulator.http.XmlRequestBody;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The VPOS 7/24 provision service as far as Common Payment sales need it ({@code prmstr=<VposRequest>}): {@code Cancel}
 * of the whole sale while its batch is open, {@code Refund} of all or part of it after the day end, each naming the
 * sale's bank TransactionId as {@code ReferenceTransactionId} and carrying its own unused {@code TransactionId}.
 * Approved follow-ups are booked under the sale's order id; refusals book nothing. Other transaction types are refused
 * (1082): this simulator is not the PayFlex MPI family's VPOS.
 */
public final class PayFlexCpVpos {

    private final PayFlexCpMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;
    private final PayFlexCpBank bank;

    PayFlexCpVpos(PayFlexCpMerchants merchants, Ledger ledger, Clock clock, PayFlexCpBank bank) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
        this.bank = bank;
    }

    public PayFlexCpReply vpos(byte[] body, String contentType) {
        Optional<Map<String, String>> fields = flat(body, contentType);
        if (fields.isEmpty()) {
            return refusal("0030", "Format hatası (üye işyeri): VposRequest okunamadı");
        }
        Map<String, String> f = fields.get();
        Optional<PayFlexCpMerchants.Merchant> merchant = merchants.byId(f.getOrDefault("MerchantId", ""));
        if (merchant.isEmpty()) {
            return refusal("9039", "Üye işyeri bulunamadı.");
        }
        PayFlexCpMerchants.Merchant m = merchant.get();
        if (!m.password().equals(f.getOrDefault("Password", ""))) {
            return refusal("9065", "Üye işyeri bulunamadı (şifre hatalı).");
        }
        String type = f.getOrDefault("TransactionType", "");
        if (!type.equals("Cancel") && !type.equals("Refund")) {
            return refusal("1082", "Geçersiz işlem tipi");
        }
        if (!f.getOrDefault("ClientIp", "").matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return refusal("1096", "Provizyon talep mesajına ClientIp değerini gönderiniz.");
        }
        String transactionId = f.getOrDefault("TransactionId", "");
        if (!transactionId.matches("[A-Za-z0-9_-]{1,40}")) {
            return refusal("1054", "İşlem numarası hatalı.");
        }
        synchronized (bank) {
            if (ledger.newestFirst(Optional.empty()).stream()
                    .anyMatch(e -> e.family().equals(PayFlexCpBank.FAMILY)
                            && e.clientId().equals(m.merchantId())
                            && e.transId().equals(transactionId))) {
                return refusal("1006", "Bu işlem numarası ile daha önce bir işlem gerçekleştirilmiş");
            }
            Optional<PayFlexCpPayment> sale =
                    bank.approvedSale(m.merchantId(), f.getOrDefault("ReferenceTransactionId", ""));
            if (sale.isEmpty()) {
                return type.equals("Cancel")
                        ? refusal("1007", "Referans transaction alınamadı")
                        : refusal("0540", "İade edilecek işlemin orijinali bulunamadı");
            }
            LedgerOrder o = ledger.order(PayFlexCpBank.FAMILY, m.merchantId(), sale.get().orderId);
            return type.equals("Cancel") ? cancel(m, f, transactionId, o) : refund(m, f, transactionId, o);
        }
    }

    private PayFlexCpReply cancel(
            PayFlexCpMerchants.Merchant m, Map<String, String> f, String transactionId, LedgerOrder o) {
        if (o.voided()) {
            return refusal("1083", "Referans işlem daha önceden iptal edilmiş.");
        }
        if (!o.authorizationInOpenBatch()) {
            return refusal("2202", "İşlem iptal edilemez. (Batch kapalı) İade yapınız.");
        }
        if (!o.voidable()) {
            return refusal("1123", "Kayıt iade durumda");
        }
        LedgerEntry sale = o.authorization().orElseThrow();
        return book(m, f, transactionId, sale, sale.amount(), LedgerType.VOID, "Cancel");
    }

    private PayFlexCpReply refund(
            PayFlexCpMerchants.Merchant m, Map<String, String> f, String transactionId, LedgerOrder o) {
        String amountText = f.getOrDefault("CurrencyAmount", "");
        if (!amountText.matches("\\d{1,10}(\\.\\d{1,2})?") || new BigDecimal(amountText).signum() <= 0) {
            return refusal("1049", "Geçersiz tutar.");
        }
        if (o.voided()) {
            return refusal("0982", "İşlem iptal durumda. İade edilemez");
        }
        if (o.authorizationInOpenBatch()) {
            return refusal("1089", "Gün sonu yapılmamış işlem iade edilemez; iptal (Cancel) yapınız");
        }
        if (o.refundable().signum() == 0) {
            return refusal("1059", "İşlemin tamamı iade edilmiş.");
        }
        BigDecimal amount = new BigDecimal(amountText);
        if (amount.compareTo(o.refundable()) > 0) {
            return refusal("1046", "Toplam iade tutarı orijinal tutarı aştı.");
        }
        return book(m, f, transactionId, o.authorization().orElseThrow(), amount, LedgerType.REFUND, "Refund");
    }

    private PayFlexCpReply book(
            PayFlexCpMerchants.Merchant m,
            Map<String, String> f,
            String transactionId,
            LedgerEntry sale,
            BigDecimal amount,
            LedgerType type,
            String typeName) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String authCode = bank.digits(6);
        String rrn = bank.rrn(now);
        String batch = Integer.toString(ledger.openBatch(PayFlexCpBank.FAMILY));
        ledger.record(new LedgerEntry(
                PayFlexCpBank.FAMILY,
                m.merchantId(),
                sale.orderId(),
                amount,
                sale.currency(),
                sale.installments(),
                sale.maskedPan(),
                LedgerEntry.APPROVED,
                authCode,
                rrn,
                transactionId,
                batch,
                now,
                type));
        String formatted = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("MerchantId", m.merchantId());
        r.put("TransactionType", typeName);
        r.put("TransactionId", transactionId);
        r.put("ReferenceTransactionId", f.get("ReferenceTransactionId"));
        r.put("ResultCode", PayFlexCpOutcomes.APPROVED);
        r.put("ResultDetail", PayFlexCpOutcomes.MESSAGES.get(PayFlexCpOutcomes.APPROVED));
        r.put("AuthCode", authCode);
        r.put("HostDate", PayFlexCpBank.HOST_DATE.format(now.atZoneSameInstant(clock.getZone())));
        r.put("Rrn", rrn);
        r.put("TerminalNo", m.terminalId());
        r.put("CurrencyAmount", formatted);
        r.put("CurrencyCode", sale.currency());
        r.put("OrderId", sale.orderId());
        r.put("BatchNo", batch);
        return PayFlexCpReply.xml(PayFlexCpMarkup.xml("VposResponse", r));
    }

    private static PayFlexCpReply refusal(String code, String message) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ResultCode", code);
        r.put("ResultDetail", message);
        return PayFlexCpReply.xml(PayFlexCpMarkup.xml("VposResponse", r));
    }

    /** The flat leaves of {@code prmstr=<VposRequest>}; empty when it is not one. */
    private static Optional<Map<String, String>> flat(byte[] body, String contentType) {
        Optional<Document> doc = XmlRequestBody.read(body, contentType, "prmstr");
        if (doc.isEmpty()
                || !"VposRequest".equals(doc.get().getDocumentElement().getNodeName())) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Element root = doc.get().getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                fields.putIfAbsent(e.getNodeName(), e.getTextContent().trim());
            }
        }
        return Optional.of(fields);
    }
}
