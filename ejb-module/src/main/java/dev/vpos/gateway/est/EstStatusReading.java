package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import java.util.Set;

/**
 * Reads an ORDERSTATUS answer. The query's own result (Approved/00 = record found; Declined/99 without an error code
 * = no such order) is separate from the order's: {@code Extra/TRANS_STAT} and {@code Extra/PROC_RET_CD}.
 * TRANS_STAT: S sale, C closed not yet settled, A authorised — approved; D failed — declined; anything else
 * (V void, CNCL cancelled, PN pending, R needs reversal, ERR) settles nothing by itself and stays unknown.
 */
final class EstStatusReading {

    private static final Set<String> APPROVED_STATES = Set.of("S", "C", "A");

    private EstStatusReading() {}

    static GatewayResult read(EstResponse r, BankExchange exchange) {
        if (!r.errorCode().isEmpty()) {
            return GatewayResult.unknown(exchange.withFailure("the bank refused the inquiry: " + r.message()));
        }
        if ("Declined".equals(r.response()) && "99".equals(r.procReturnCode())) {
            return new GatewayResult(GatewayOutcome.NOT_SENT, null, r.errMsg(), null, null, null, exchange);
        }
        if (!"Approved".equals(r.response()) || !"00".equals(r.procReturnCode())) {
            return GatewayResult.unknown(
                    exchange.withFailure("unexpected inquiry answer " + r.response() + "/" + r.procReturnCode()));
        }
        String state = r.extra("TRANS_STAT");
        String code = r.extra("PROC_RET_CD");
        String transId = r.extra("TRANS_ID").isEmpty() ? r.transId() : r.extra("TRANS_ID");
        if (APPROVED_STATES.contains(state) && "00".equals(code)) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    "",
                    r.extra("AUTH_CODE"),
                    r.extra("HOST_REF_NUM"),
                    transId,
                    exchange);
        }
        if ("D".equals(state) && !code.isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code,
                    "declined (status inquiry)",
                    null,
                    r.extra("HOST_REF_NUM"),
                    transId,
                    exchange);
        }
        return GatewayResult.unknown(
                exchange.withFailure("order is in state " + state + " at the bank; needs a person"));
    }
}
