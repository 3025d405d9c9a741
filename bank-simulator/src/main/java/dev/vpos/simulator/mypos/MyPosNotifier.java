package dev.vpos.simulator.mypos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends myPOS's server-to-server messages (IPCPurchaseNotify, IPCPurchaseRollback) to the store's
 * {@code URL_Notify}: the first try at once, then again after each delay of {@link #retryDelays} on a background
 * executor, until the store answers HTTP 200 with body {@code OK}. What happens when every try failed is the
 * caller's ({@code onGiveUp}: myPOS reverses a payment it could not confirm). A control switch withholds
 * notifications — for all orders or for one — so that a test can see what happens when they never come.
 */
public final class MyPosNotifier {

    private static final Logger LOG = Logger.getLogger(MyPosNotifier.class.getName());

    /** Posts a form and says whether the store acknowledged it. */
    @FunctionalInterface
    public interface Delivery {
        boolean deliver(URI url, String formBody);
    }

    private final ScheduledExecutorService executor;
    private final Delivery delivery;
    private final List<Duration> retryDelays;
    private final Set<String> withheldOrders = new HashSet<>();
    private volatile boolean withholdAll;

    public MyPosNotifier(ScheduledExecutorService executor, Delivery delivery, List<Duration> retryDelays) {
        this.executor = executor;
        this.delivery = delivery;
        this.retryDelays = List.copyOf(retryDelays);
    }

    /** Over HTTP with a short deadline: 200 and {@code OK} (surrounding blanks ignored) is an acknowledgement. */
    public static Delivery http() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        return (url, body) -> {
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                boolean ok = r.statusCode() == 200 && "OK".equals(r.body().trim());
                if (!ok) {
                    LOG.info(() -> "myPOS simulator: " + url + " answered HTTP " + r.statusCode() + " '"
                            + r.body().substring(0, Math.min(60, r.body().length())) + "', not 200 OK");
                }
                return ok;
            } catch (java.io.IOException e) {
                LOG.info(() -> "myPOS simulator: " + url + " not reached: " + e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /**
     * Sends {@code form} for {@code orderId} unless withheld: the first try in the caller's thread (myPOS confirms
     * the payment with the store before it sends the payer back), the retries in the background.
     *
     * @return whether the first try was acknowledged (false also when withheld)
     */
    public boolean send(String orderId, URI url, IpcForm form, Runnable onGiveUp) {
        if (withheld(orderId)) {
            LOG.info(() -> "myPOS simulator: " + form.get("IPCmethod") + " for order " + orderId + " withheld");
            return false;
        }
        String body = form.encoded();
        if (delivery.deliver(url, body)) {
            return true;
        }
        retry(orderId, url, body, form.get("IPCmethod"), 0, onGiveUp);
        return false;
    }

    private void retry(String orderId, URI url, String body, String method, int attempt, Runnable onGiveUp) {
        if (attempt >= retryDelays.size()) {
            LOG.warning(() -> "myPOS simulator: " + method + " for order " + orderId + " was never acknowledged by "
                    + url + "; giving up");
            onGiveUp.run();
            return;
        }
        executor.schedule(
                () -> {
                    if (withheld(orderId)) {
                        return;
                    }
                    if (!delivery.deliver(url, body)) {
                        retry(orderId, url, body, method, attempt + 1, onGiveUp);
                    }
                },
                retryDelays.get(attempt).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public synchronized boolean withheld(String orderId) {
        return withholdAll || withheldOrders.contains(orderId);
    }

    public void withholdAll(boolean withhold) {
        withholdAll = withhold;
    }

    public synchronized void withhold(String orderId, boolean withhold) {
        if (withhold) {
            withheldOrders.add(orderId);
        } else {
            withheldOrders.remove(orderId);
        }
    }

    public synchronized Set<String> withheldOrders() {
        return Set.copyOf(withheldOrders);
    }

    public boolean withholdingAll() {
        return withholdAll;
    }
}
