package dev.vpos.simulator.est;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated EST bank remembers between the steps of a 3-D payment, in memory only: the payer at the gate
 * (until the ACS page or the hosted card form is submitted, once) and, after a successful authentication of the 3D
 * model, the {@code md} that the merchant's provision call will carry as {@code Number} (usable for one approved
 * provision). The bank holds the card here as a real bank does; nothing here is ever logged. Bounded: beyond
 * {@link #CAPACITY} entries per kind the oldest are forgotten. Thread-safe.
 */
public final class EstThreeDsSessions {

    static final int CAPACITY = 10_000;

    /**
     * A payer between the gate and the ACS page.
     *
     * @param request the merchant's form fields as posted (without hash and card fields)
     * @param pan     the card number; empty until the hosted card form (3D Host) has taken it
     * @param expires {@code MM/YY}; empty until known
     */
    public record GateSession(
            String token,
            EstMerchants.Merchant merchant,
            Map<String, String> request,
            String storeType,
            String tranType,
            BigDecimal amount,
            String currency,
            int installments,
            String orderId,
            String pan,
            String expires) {

        public GateSession {
            request = Map.copyOf(request);
        }

        GateSession withCard(String newPan, String newExpires) {
            return new GateSession(
                    token,
                    merchant,
                    request,
                    storeType,
                    tranType,
                    amount,
                    currency,
                    installments,
                    orderId,
                    newPan,
                    newExpires);
        }

        @Override
        public String toString() {
            return "GateSession[order=" + orderId + ", storetype=" + storeType + "]";
        }
    }

    /** A successful authentication of the 3D model, waiting for the merchant's provision. */
    public record Authentication(
            String md,
            String clientId,
            String orderId,
            String tranType,
            BigDecimal amount,
            String currency,
            int installments,
            String pan,
            String expires,
            String xid,
            String eci,
            String cavv) {

        @Override
        public String toString() {
            return "Authentication[order=" + orderId + ", client=" + clientId + "]";
        }
    }

    private final Map<String, GateSession> gate = bounded();
    private final Map<String, Authentication> authenticated = bounded();

    synchronized void putGate(GateSession session) {
        gate.put(session.token(), session);
    }

    /** The gate session of that token, removed: an ACS page or card form is answered once. */
    synchronized Optional<GateSession> takeGate(String token) {
        return Optional.ofNullable(gate.remove(token));
    }

    synchronized void putAuthenticated(Authentication authentication) {
        authenticated.put(authentication.md(), authentication);
    }

    synchronized Optional<Authentication> authenticated(String md) {
        return Optional.ofNullable(authenticated.get(md));
    }

    /** Uses up an md once its provision is answered. */
    synchronized void consume(String md) {
        authenticated.remove(md);
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }
}
