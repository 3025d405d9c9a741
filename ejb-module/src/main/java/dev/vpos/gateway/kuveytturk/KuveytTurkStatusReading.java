package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads {@code GetMerchantOrderDetail}. No {@code OrderContract} and no error: the bank has no such order (NOT_SENT).
 * An error (HashDataError, ApiUserNotDefined, ...): the inquiry was refused and settles nothing (UNKNOWN). An order
 * with ResponseCode 00 is approved when its LastOrderStatus is 1 (completed), 4 (fully refunded) or 5 (partially
 * refunded) — the sale itself happened; 6 (cancelled) needs a person (UNKNOWN), as does any other state. An order
 * with another ResponseCode was declined with that code.
 */
final class KuveytTurkStatusReading {

    private static final Set<String> SALE_HAPPENED = Set.of("1", "4", "5");

    private KuveytTurkStatusReading() {}

    static GatewayResult read(String orderId, KuveytTurkSoapResult r, BankExchange exchange) {
        if (!r.errorCode().isEmpty()) {
            return GatewayResult.unknown(
                    withFailure(exchange, "the bank refused the inquiry: " + r.errorCode() + " " + r.errorMessage()));
        }
        List<Element> orders = r.orderContracts().stream()
                .filter(o -> orderId.equals(KuveytTurkXml.text(o, "MerchantOrderId")))
                .toList();
        if (orders.isEmpty()) {
            if (!r.orderContracts().isEmpty()) {
                return GatewayResult.unknown(withFailure(exchange, "the inquiry answered about other orders"));
            }
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, null, "no such order at the bank", null, null, null, exchange);
        }
        Element order = orders.stream()
                .filter(o -> KuveytTurkResponse.APPROVED.equals(KuveytTurkXml.text(o, "ResponseCode")))
                .findFirst()
                .orElse(orders.get(0));
        String code = KuveytTurkXml.text(order, "ResponseCode");
        String state = KuveytTurkXml.text(order, "LastOrderStatus");
        String message = KuveytTurkXml.text(order, "ResponseExplain");
        if (KuveytTurkResponse.APPROVED.equals(code)) {
            if (!SALE_HAPPENED.contains(state)) {
                return GatewayResult.unknown(withFailure(
                        exchange,
                        "order is in state " + state + ("6".equals(state) ? " (cancelled)" : "")
                                + " at the bank; needs a person"));
            }
            KuveytTurkReferences refs = new KuveytTurkReferences(
                    KuveytTurkXml.text(order, "OrderId"),
                    KuveytTurkXml.text(order, "RRN"),
                    KuveytTurkXml.text(order, "Stan"),
                    KuveytTurkXml.text(order, "ProvNumber"));
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    message,
                    refs.provisionNumber(),
                    refs.rrn(),
                    refs.stan(),
                    refs.asMap(),
                    exchange);
        }
        if (!code.isEmpty()) {
            return new GatewayResult(GatewayOutcome.DECLINED, code, message, null, null, null, exchange);
        }
        return GatewayResult.unknown(withFailure(exchange, "order has no ResponseCode"));
    }

    private static BankExchange withFailure(BankExchange x, String failure) {
        return new BankExchange(x.httpStatus(), x.latencyMs(), x.maskedRequest(), x.maskedResponse(), failure);
    }
}
