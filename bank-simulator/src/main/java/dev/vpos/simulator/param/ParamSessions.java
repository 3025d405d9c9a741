package dev.vpos.simulator.param;

import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 3D payments between their start ({@code TP_WMD_UCD 3D}) and their completion ({@code TP_WMD_Pay}), by Param's
 * {@code Islem_GUID}: the card, the amount and the merchant's URLs stay here (never sent back in a page), the ACS
 * result ({@code mdStatus}) is set once, and a session is paid once. At most {@value #MAX} are kept.
 */
final class ParamSessions {

    static final int MAX = 10_000;

    record Session(
            String islemGuid,
            String md,
            String clientCode,
            String orderId,
            BigDecimal amount,
            int installments,
            LedgerType type,
            String pan,
            YearMonth expiry,
            String okUrl,
            String failUrl,
            String mdStatus,
            boolean paid,
            String currency,
            String islemId,
            boolean returnValues) {

        Session(
                String islemGuid,
                String md,
                String clientCode,
                String orderId,
                BigDecimal amount,
                int installments,
                LedgerType type,
                String pan,
                YearMonth expiry,
                String okUrl,
                String failUrl) {
            this(
                    islemGuid,
                    md,
                    clientCode,
                    orderId,
                    amount,
                    installments,
                    type,
                    pan,
                    expiry,
                    okUrl,
                    failUrl,
                    null,
                    false,
                    "TRY",
                    "",
                    false);
        }

        /** A session the bank completes itself and answers with {@code TURKPOS_RETVAL_*} (3D Pay, foreign 3D). */
        Session returningValues(String currency, String islemId) {
            return new Session(
                    islemGuid,
                    md,
                    clientCode,
                    orderId,
                    amount,
                    installments,
                    type,
                    pan,
                    expiry,
                    okUrl,
                    failUrl,
                    mdStatus,
                    paid,
                    currency,
                    islemId,
                    true);
        }

        @Override
        public String toString() {
            return "Session[" + islemGuid + ", order " + orderId + "]";
        }
    }

    private final Map<String, Session> byGuid = new ConcurrentHashMap<>();

    Session open(Session s) {
        if (byGuid.size() >= MAX) {
            byGuid.clear();
        }
        byGuid.put(s.islemGuid(), s);
        return s;
    }

    Optional<Session> find(String islemGuid) {
        return Optional.ofNullable(islemGuid == null ? null : byGuid.get(islemGuid));
    }

    Session authenticate(String islemGuid, String mdStatus) {
        return byGuid.computeIfPresent(
                islemGuid,
                (k, s) -> s.mdStatus() != null
                        ? s
                        : new Session(
                                s.islemGuid(),
                                s.md(),
                                s.clientCode(),
                                s.orderId(),
                                s.amount(),
                                s.installments(),
                                s.type(),
                                s.pan(),
                                s.expiry(),
                                s.okUrl(),
                                s.failUrl(),
                                mdStatus,
                                false,
                                s.currency(),
                                s.islemId(),
                                s.returnValues()));
    }

    /** True for the one call that completes it. */
    boolean markPaid(String islemGuid) {
        boolean[] first = {false};
        byGuid.computeIfPresent(islemGuid, (k, s) -> {
            if (s.paid()) {
                return s;
            }
            first[0] = true;
            return new Session(
                    s.islemGuid(),
                    s.md(),
                    s.clientCode(),
                    s.orderId(),
                    s.amount(),
                    s.installments(),
                    s.type(),
                    s.pan(),
                    s.expiry(),
                    s.okUrl(),
                    s.failUrl(),
                    s.mdStatus(),
                    true,
                    s.currency(),
                    s.islemId(),
                    s.returnValues());
        });
        return first[0];
    }
}
