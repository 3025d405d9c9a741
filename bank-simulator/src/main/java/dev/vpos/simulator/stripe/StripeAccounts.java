package dev.vpos.simulator.stripe;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Stripe accounts the simulator knows, from the classpath file {@code /stripe/merchants.properties}:
 * {@code account.<acct_id>.publishableKey}, {@code .secretKey} and, optionally, {@code .webhookSecret} (the signing
 * secret given to a webhook endpoint registered through the control API without one).
 */
public final class StripeAccounts {

    public static final String RESOURCE = "/stripe/merchants.properties";

    /** One Stripe account; {@link #toString()} hides the secret key. */
    public record Account(String id, String publishableKey, String secretKey, String webhookSecret) {

        @Override
        public String toString() {
            return "Account[" + id + ", " + publishableKey + "]";
        }
    }

    private final Map<String, Account> byId;

    public StripeAccounts(Map<String, Account> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static StripeAccounts fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Account> accounts = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("account.") && key.endsWith(".secretKey")) {
                String id = key.substring("account.".length(), key.length() - ".secretKey".length());
                String webhookSecret = p.getProperty("account." + id + ".webhookSecret");
                accounts.put(
                        id,
                        new Account(
                                id,
                                MerchantFile.required(p, RESOURCE, "account." + id + ".publishableKey"),
                                p.getProperty(key).trim(),
                                webhookSecret == null ? null : webhookSecret.trim()));
            }
        }
        return new StripeAccounts(accounts);
    }

    public Optional<Account> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The account a secret (or publishable) key belongs to, and whether the key was the secret one. */
    public Optional<KeyOwner> byKey(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        for (Account a : byId.values()) {
            if (a.secretKey().equals(key)) {
                return Optional.of(new KeyOwner(a, true));
            }
            if (a.publishableKey().equals(key)) {
                return Optional.of(new KeyOwner(a, false));
            }
        }
        return Optional.empty();
    }

    /** Who a key authenticates: the account, and whether with its secret key (everything) or publishable key. */
    public record KeyOwner(Account account, boolean secret) {}
}
