package dev.vpos.simulator.payflexcp;

import dev.vpos.simulator.http.XmlRequestBody;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The VPOS 7/24 search service as far as Common Payment orders need it ({@code prmstr=<SearchRequest>} by
 * {@code OrderId}): the order's approved sale, else its last attempt, with the cancel/refund flags. The merchant's
 * {@code HostMerchantId} and {@code MerchantPassword} are checked ({@code 9065}); no criterion is {@code 4005}.
 */
public final class PayFlexCpSearch {

    private final PayFlexCpMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;

    PayFlexCpSearch(PayFlexCpMerchants merchants, Ledger ledger, Clock clock) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
    }

    public PayFlexCpReply search(byte[] body, String contentType) {
        Optional<Document> doc = XmlRequestBody.read(body, contentType, "prmstr");
        if (doc.isEmpty()
                || !"SearchRequest".equals(doc.get().getDocumentElement().getNodeName())) {
            return error("4007", "Arama kriteri hatalı");
        }
        Element root = doc.get().getDocumentElement();
        Map<String, String> merchant = children(child(root, "MerchantCriteria"));
        Map<String, String> criteria = children(child(root, "TransactionCriteria"));
        Optional<PayFlexCpMerchants.Merchant> m = merchants
                .byId(merchant.getOrDefault("HostMerchantId", ""))
                .filter(x -> x.password().equals(merchant.getOrDefault("MerchantPassword", "")));
        if (m.isEmpty()) {
            return error("9065", "Üye isyeri bulunamadi");
        }
        String orderId = criteria.getOrDefault("OrderId", "");
        if (orderId.isEmpty()) {
            return error("4005", "En az bir sorgu kriteri zorunlu");
        }
        Optional<LedgerEntry> sale = ledger
                .entriesOf(PayFlexCpBank.FAMILY, m.get().merchantId(), orderId)
                .stream()
                .filter(e -> e.type() == LedgerType.SALE)
                .min(Comparator.comparing((LedgerEntry e) -> !e.isApproved()));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><SearchResponse>")
                .append(info("Success", "0000", "Succeeded."))
                .append("<TotalItemCount>")
                .append(sale.isPresent() ? 1 : 0)
                .append("</TotalItemCount>");
        sale.ifPresent(e -> {
            xml.append("<TransactionSearchResultInfo><TransactionSearchResultInfo>");
            transaction(e)
                    .forEach((k, v) -> xml.append('<')
                            .append(k)
                            .append('>')
                            .append(PayFlexCpMarkup.escape(v))
                            .append("</")
                            .append(k)
                            .append('>'));
            xml.append("</TransactionSearchResultInfo></TransactionSearchResultInfo>");
        });
        return PayFlexCpReply.xml(xml.append("</SearchResponse>").toString());
    }

    private Map<String, String> transaction(LedgerEntry e) {
        LedgerOrder o = ledger.order(PayFlexCpBank.FAMILY, e.clientId(), e.orderId());
        String code = e.isApproved() ? PayFlexCpOutcomes.APPROVED : e.resultCode();
        Map<String, String> i = new LinkedHashMap<>();
        i.put("MerchantId", e.clientId());
        i.put("TransactionType", "Sale");
        i.put("TransactionId", e.transId());
        i.put("OrderId", e.orderId());
        i.put("ResultCode", code);
        i.put("ResponseMessage", PayFlexCpOutcomes.MESSAGES.getOrDefault(code, "RED"));
        i.put("AuthCode", e.authCode());
        i.put("HostDate", PayFlexCpBank.HOST_DATE.format(e.timestamp().atZoneSameInstant(clock.getZone())));
        i.put("Rrn", e.hostRefNum());
        i.put("CurrencyAmount", e.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        i.put("AmountCode", e.currency());
        i.put("IsReversed", "false");
        i.put("IsCanceled", Boolean.toString(e.isApproved() && o.voided()));
        i.put("IsRefunded", Boolean.toString(e.isApproved() && o.refunded().signum() > 0));
        return i;
    }

    private static String info(String status, String code, String message) {
        return "<ResponseInfo><Status>" + status + "</Status><ResponseCode>" + code + "</ResponseCode><ResponseMessage>"
                + PayFlexCpMarkup.escape(message) + "</ResponseMessage></ResponseInfo>";
    }

    private static PayFlexCpReply error(String code, String message) {
        return PayFlexCpReply.xml("<?xml version=\"1.0\" encoding=\"utf-8\"?><SearchResponse>"
                + info("Error", code, message) + "</SearchResponse>");
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNodeName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Map<String, String> children(Element parent) {
        Map<String, String> values = new LinkedHashMap<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    values.putIfAbsent(e.getNodeName(), e.getTextContent().trim());
                }
            }
        }
        return values;
    }
}
