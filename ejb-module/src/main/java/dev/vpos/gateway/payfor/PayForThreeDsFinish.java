package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Completes a PayFor 3-D payment from its callback, once {@link PayForCallbackCheck} trusts it. PayFor's rule: only
 * {@code 3DStatus=1} is an authentication (full 3-D Secure); any other status ends the payment DECLINED with the
 * family code {@code 3D:<status>} (THREE_D_AUTHENTICATION_FAILED in the catalog), unless the gate refused the
 * request for another reason it names (e.g. {@code M030} hash mismatch, {@code 101310} order id used), which is
 * kept. 3DModel: {@code ProcReturnCode=V033} then the provision ({@code 3DModelPayment} with the
 * {@code RequestGuid}); 3DPay / 3DHost: the callback's {@code ProcReturnCode} is the payment's result.
 */
final class PayForThreeDsFinish {

    /** Codes that only say "3-D authentication did not succeed"; the 3DStatus says more. */
    private static final Set<String> THREE_D_CODES = Set.of("", "V033", "V034", "MR15");

    static final String THREE_D_AUTHENTICATED = "V033";

    private final PayForCall call;

    PayForThreeDsFinish(PayForCall call) {
        this.call = call;
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(null, 0, null, PayForCallbackCheck.masked(p), null);
        PayForCredentials c = PayForCredentials.of(account);
        if (c.storeKey().isEmpty()) {
            return ThreeDsFinish.rejected(
                    "the definition has no 3-D Secure key (storeKey) to verify the callback", log);
        }
        Optional<String> problem =
                PayForCallbackCheck.problem(callback, c, c.storeKey().get());
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        String orderId = p.get("OrderId");
        String code = p.get("ProcReturnCode");
        String message = p.getOrDefault("ErrMsg", "");
        if (!"1".equals(p.get("3DStatus"))) {
            String bankCode = THREE_D_CODES.contains(code) ? "3D:" + p.get("3DStatus") : code;
            return ThreeDsFinish.completed(declined(bankCode, message, p, log), log);
        }
        if (callback.model() == PaymentModel.THREE_D) {
            if (!THREE_D_AUTHENTICATED.equals(code)
                    || p.getOrDefault("RequestGuid", "").isEmpty()) {
                return ThreeDsFinish.completed(declined(code, message, p, log), log);
            }
            BankReply<PayForResponse> reply =
                    call.send(account, PayForRequest.threeDModelPayment(p.get("RequestGuid"), orderId, c));
            return ThreeDsFinish.completed(PayForCall.payment(reply, orderId), log);
        }
        if (PayForResponse.APPROVED.equals(code)) {
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.APPROVED,
                            code,
                            message,
                            p.getOrDefault("AuthCode", ""),
                            p.getOrDefault("HostRefNum", ""),
                            orderId,
                            log),
                    log);
        }
        return ThreeDsFinish.completed(declined(code, message, p, log), log);
    }

    private static GatewayResult declined(String bankCode, String message, Map<String, String> p, BankExchange log) {
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                bankCode,
                message,
                null,
                p.getOrDefault("HostRefNum", ""),
                p.get("OrderId"),
                log);
    }
}
