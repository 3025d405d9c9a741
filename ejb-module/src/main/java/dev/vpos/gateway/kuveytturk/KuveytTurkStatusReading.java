package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.List;
import java.util.Set;

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

    static GatewayResult read(String orderId, BankReply<KuveytTurkSoapResult> reply) {
        if (!reply.answered()) {
            // for a status, NOT_SENT means "no such order"; a bank that could not be reached settles nothing
            return reply.unknown();
        }
        KuveytTurkSoapResult r = reply.get();
        BankExchange exchange = reply.exchange();
        if (!r.errorCode().isEmpty()) {
            return GatewayResult.unknown(
                    exchange.withFailure("the bank refused the inquiry: " + r.errorCode() + " " + r.errorMessage()));
        }
        List<XmlNode> orders = r.orderContracts().stream()
                .filter(o -> orderId.equals(o.text("MerchantOrderId")))
                .toList();
        if (orders.isEmpty()) {
            if (!r.orderContracts().isEmpty()) {
                return GatewayResult.unknown(exchange.withFailure("the inquiry answered about other orders"));
            }
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, null, "no such order at the bank", null, null, null, exchange);
        }
        XmlNode order = orders.stream()
                .filter(o -> KuveytTurkResponse.APPROVED.equals(o.text("ResponseCode")))
                .findFirst()
                .orElse(orders.get(0));
        String code = order.text("ResponseCode");
        String state = order.text("LastOrderStatus");
        String message = order.text("ResponseExplain");
        if (KuveytTurkResponse.APPROVED.equals(code)) {
            if (!SALE_HAPPENED.contains(state)) {
                return GatewayResult.unknown(exchange.withFailure("order is in state " + state
                        + ("6".equals(state) ? " (cancelled)" : "") + " at the bank; needs a person"));
            }
            KuveytTurkReferences refs = new KuveytTurkReferences(
                    order.text("OrderId"), order.text("RRN"), order.text("Stan"), order.text("ProvNumber"));
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
        return GatewayResult.unknown(exchange.withFailure("order has no ResponseCode"));
    }
}
