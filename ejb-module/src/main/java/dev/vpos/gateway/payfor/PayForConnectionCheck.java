package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.Set;

/**
 * Judges the answer to a status inquiry for an order that does not exist: a readable {@code PayforResponse} means the
 * bank is reachable; it rejected the credentials when it answers one of PayFor's "who are you?" codes.
 */
final class PayForConnectionCheck {

    /** Missing institution/merchant/user fields, unknown merchant, unverified user, no authentication, not authorised. */
    static final Set<String> CREDENTIAL_CODES =
            Set.of("M013", "M016", "M017", "M024", "M049", "V001", "V004", "V008", "V009", "V035", "V038");

    private PayForConnectionCheck() {}

    static ConnectionCheck judge(BankReply<PayForResponse> reply) {
        if (!reply.answered()) {
            String why = reply.exchange().failure() == null
                    ? "no readable answer"
                    : reply.exchange().failure();
            return new ConnectionCheck(false, false, null, why, reply.exchange());
        }
        PayForResponse r = reply.get();
        boolean rejected = CREDENTIAL_CODES.contains(r.procReturnCode());
        return new ConnectionCheck(true, !rejected, r.procReturnCode(), r.get("ErrMsg"), reply.exchange());
    }
}
