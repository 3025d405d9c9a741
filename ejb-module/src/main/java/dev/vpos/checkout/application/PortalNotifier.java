package dev.vpos.checkout.application;

import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankTransportException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the portal that a checkout session changed, with a signed JSON POST to its notification URL:
 * {@code X-Vpos-Timestamp} (epoch seconds) and {@code X-Vpos-Signature: v1=<hex HMAC-SHA256 of "timestamp.body">}
 * with the shared secret {@code vpos.portal.notificationSecret}. The portal should check the signature with a
 * constant-time compare and refuse timestamps older than five minutes. Sent in the background; three tries.
 */
@ApplicationScoped
public class PortalNotifier {

    private static final Logger LOG = Logger.getLogger(PortalNotifier.class.getName());
    private static final int TRIES = 3;

    @Resource
    ManagedExecutorService executor;

    @Inject
    BankHttpTransport http;

    @Inject
    CheckoutStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.portal.notificationSecret", defaultValue = "")
    String secret;

    public void notifyLater(long sessionId, String url, String json) {
        if (url == null || url.isBlank()) {
            return;
        }
        if (secret.isBlank()) {
            LOG.warning("No vpos.portal.notificationSecret configured: portal notification for session " + sessionId
                    + " not sent (the portal can still GET the session)");
            return;
        }
        executor.submit(() -> deliver(sessionId, url, json));
    }

    void deliver(long sessionId, String url, String json) {
        for (int i = 1; i <= TRIES; i++) {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            try {
                HttpAnswer answer = http.send(
                        "POST",
                        URI.create(url),
                        json.getBytes(StandardCharsets.UTF_8),
                        "application/json",
                        Map.of(
                                "X-Vpos-Timestamp",
                                timestamp,
                                "X-Vpos-Signature",
                                "v1=" + sign(secret, timestamp, json)),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(10));
                if (answer.status() >= 200 && answer.status() < 300) {
                    store.notified(sessionId, true);
                    return;
                }
                LOG.warning("Portal notification to " + url + " answered HTTP " + answer.status() + " (try " + i + ")");
            } catch (BankTransportException | RuntimeException e) {
                LOG.warning("Portal notification to " + url + " failed (try " + i + "): " + e.getMessage());
            }
            store.notified(sessionId, false);
            try {
                Thread.sleep(1000L * i);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body}. */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
