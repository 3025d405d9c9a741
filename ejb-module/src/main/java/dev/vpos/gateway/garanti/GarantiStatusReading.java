package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@code orderinq} answer. The inquiry's own result is {@code Transaction/Response}: 00 = the order was
 * found; 92 with reason 0110 ("İşlem bulunamadı") = the bank has no such order (NOT_SENT: nothing was charged).
 * The order's state is {@code Order/OrderInqResult/Status}: APPROVED and WAITINGPOSTAUTH (pre-authorised, not yet
 * captured) mean the authorisation went through; DECLINED means it was refused with {@code OrderInqResult/Code};
 * anything else (VOID, REFUNDED, ...) settles nothing by itself and stays UNKNOWN for a person.
 */
final class GarantiStatusReading {

    static final String ORDER_NOT_FOUND = "0110";
    private static final Set<String> AUTHORISED = Set.of("APPROVED", "WAITINGPOSTAUTH");

    private GarantiStatusReading() {}

    static GatewayResult read(String orderId, GvpsResponse r, BankExchange exchange) {
        if ("92".equals(r.code()) && ORDER_NOT_FOUND.equals(r.reasonCode())) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, r.bankCode(), r.bankMessage(), null, null, null, exchange);
        }
        if (!"00".equals(r.code())) {
            return GatewayResult.unknown(
                    exchange.withFailure("the bank refused the inquiry: " + r.bankCode() + " " + r.bankMessage()));
        }
        if (!orderId.equals(r.orderId())) {
            return GatewayResult.unknown(
                    exchange.withFailure("inquiry answer is for order '" + r.orderId() + "', not " + orderId));
        }
        String state = r.inquiry("Status");
        String code = r.inquiry("Code");
        Map<String, String> refs = Map.of(
                GarantiRequests.RETREF_NUM, r.inquiry("RetrefNum"), GarantiRequests.BATCH_NUM, r.inquiry("BatchNum"));
        if (AUTHORISED.contains(state) && "00".equals(code)) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    state,
                    r.inquiry("AuthCode"),
                    r.inquiry("RetrefNum"),
                    null,
                    refs,
                    exchange);
        }
        if ("DECLINED".equals(state) && !code.isEmpty() && !"00".equals(code)) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code,
                    "declined (status inquiry) " + r.inquiry("SysErrMsg"),
                    null,
                    emptyToNull(r.inquiry("RetrefNum")),
                    null,
                    exchange);
        }
        return GatewayResult.unknown(
                exchange.withFailure("order is in state '" + state + "' at the bank; needs a person"));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
