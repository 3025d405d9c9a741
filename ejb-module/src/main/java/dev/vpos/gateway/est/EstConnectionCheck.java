package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.Locale;
import java.util.Set;

/**
 * Judges the answer to a status inquiry for an order that does not exist: any well-formed {@code CC5Response} means
 * the bank is reachable; it rejected the credentials when it says so (error code or message), anything else (order
 * not found, or found) means they were accepted.
 */
final class EstConnectionCheck {

    /** Gateway error codes that mean "who are you?". CORE-2001 is what the bank simulator answers. */
    private static final Set<String> CREDENTIAL_ERRORS = Set.of("CORE-2001");

    private static final String[] CREDENTIAL_WORDS = {"yetki", "unauthori", "kullanici", "password", "sifre", "şifre"};

    private EstConnectionCheck() {}

    static ConnectionCheck judge(BankReply<EstResponse> reply) {
        if (!reply.answered()) {
            return new ConnectionCheck(false, false, null, reply.exchange().failure(), reply.exchange());
        }
        EstResponse r = reply.get();
        boolean rejected = CREDENTIAL_ERRORS.contains(r.errorCode()) || mentionsCredentials(r.errMsg());
        return new ConnectionCheck(true, !rejected, r.procReturnCode(), r.message(), reply.exchange());
    }

    private static boolean mentionsCredentials(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        for (String word : CREDENTIAL_WORDS) {
            if (m.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
