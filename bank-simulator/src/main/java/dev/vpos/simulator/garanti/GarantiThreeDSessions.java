package dev.vpos.simulator.garanti;

import dev.vpos.simulator.garanti.GarantiMerchants.Merchant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 3-D gate's memory, shared with the API endpoint: payers at the ACS or card page ({@link Pending}, by a random
 * token), and authentications awaiting the merchant's provision ({@link Authenticated}, by MD), each MD usable once.
 * Bounded: the oldest are forgotten beyond {@link #CAPACITY}. Thread-safe. Cards are held only here, in memory.
 */
final class GarantiThreeDSessions {

    static final int CAPACITY = 10_000;

    /** A payer between the merchant's form and the callback. {@code pan} is empty until the OOS card page is done. */
    record Pending(String token, Merchant merchant, Map<String, String> form, String pan, String expiryMmYy) {

        Pending withCard(String newPan, String newExpiry) {
            return new Pending(token, merchant, form, newPan, newExpiry);
        }

        String level() {
            return form.getOrDefault("secure3dsecuritylevel", "");
        }

        @Override
        public String toString() {
            return "Pending[order=" + form.get("orderid") + ", level=" + level() + "]";
        }
    }

    /** A finished 3-D authentication (model 3D) that the merchant's provision must match. */
    record Authenticated(
            String md,
            String terminalId,
            String orderId,
            String type,
            String amount,
            String currency,
            String installments,
            String pan,
            String expiryMmYy,
            String cavv,
            String eci,
            String xid) {

        @Override
        public String toString() {
            return "Authenticated[order=" + orderId + ", amount=" + amount + "]";
        }
    }

    private final Map<String, Pending> pending = bounded();
    private final Map<String, Authenticated> authenticated = bounded();

    synchronized void put(Pending p) {
        pending.put(p.token(), p);
    }

    synchronized Optional<Pending> pending(String token) {
        return Optional.ofNullable(token).map(pending::get);
    }

    synchronized Optional<Pending> take(String token) {
        return Optional.ofNullable(token).map(pending::remove);
    }

    synchronized void put(Authenticated a) {
        authenticated.put(a.md(), a);
    }

    /** The authentication behind an MD, unless it was already used for a provision. */
    synchronized Optional<Authenticated> authenticated(String md) {
        return Optional.ofNullable(md).map(authenticated::get);
    }

    /** Marks an MD as used; false when it already was. */
    synchronized boolean consume(String md) {
        return md != null && authenticated.remove(md) != null;
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
