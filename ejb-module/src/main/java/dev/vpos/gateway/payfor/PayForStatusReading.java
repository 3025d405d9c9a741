package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.Set;

/**
 * Reads an {@code OrderInquiry} answer. {@code V013} ("Seçili İşlem Bulunamadı!") means the bank has no such order
 * (NOT_SENT). {@code 00} with the order's {@code TxnType} (Auth, PreAuth, PostAuth) is APPROVED unless the order was
 * voided ({@code IsVoided=true}: it settles nothing by itself and stays UNKNOWN for a person). Another code with the
 * order's {@code TxnType} is the order's decline. Without a {@code TxnType} the bank refused the inquiry itself
 * (credentials, format): UNKNOWN.
 */
final class PayForStatusReading {

    static final String NOT_FOUND = "V013";
    private static final Set<String> ORDER_TYPES = Set.of("Auth", "PreAuth", "PostAuth");

    private PayForStatusReading() {}

    static GatewayResult read(BankReply<PayForResponse> reply, String orderId) {
        if (!reply.answered()) {
            return reply.unknown();
        }
        PayForResponse r = reply.get();
        BankExchange x = reply.exchange();
        if (NOT_FOUND.equals(r.procReturnCode())) {
            return new GatewayResult(GatewayOutcome.NOT_SENT, r.procReturnCode(), r.get("ErrMsg"), null, null, null, x);
        }
        String answeredFor = r.get("OrderId").isEmpty() ? r.get("OrgOrderId") : r.get("OrderId");
        if (!answeredFor.isEmpty() && !answeredFor.equals(orderId)) {
            return GatewayResult.unknown(
                    reply.failing("status answer is for order " + answeredFor + ", not " + orderId));
        }
        if (!ORDER_TYPES.contains(r.get("TxnType"))) {
            return GatewayResult.unknown(
                    reply.failing("the bank refused the inquiry: " + r.procReturnCode() + " " + r.get("ErrMsg")));
        }
        if (r.approved() && "true".equalsIgnoreCase(r.get("IsVoided"))) {
            return reply.unknown("order was voided at the bank; needs a person");
        }
        if (r.approved()) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    r.procReturnCode(),
                    r.get("ErrMsg"),
                    r.get("AuthCode"),
                    r.get("HostRefNum"),
                    orderId,
                    x);
        }
        if (r.procReturnCode().isEmpty()) {
            return reply.unknown("status answer has no ProcReturnCode");
        }
        return new GatewayResult(
                GatewayOutcome.DECLINED, r.procReturnCode(), r.get("ErrMsg"), null, r.get("HostRefNum"), orderId, x);
    }
}
