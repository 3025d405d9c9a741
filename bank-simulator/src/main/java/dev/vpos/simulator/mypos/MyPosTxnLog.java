package dev.vpos.simulator.mypos;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated myPOS's transaction log per order, what IPCGetTxnLog returns: items of {@code time}
 * ({@code dd.MM.yyyy HH:mm:ss}, Sofia time), {@code action} and {@code result} (a text, or the fields of a message).
 * The documentation shows the log of a hosted payment only — "Received new POST request" with the request, "Payment
 * status", "Sending POST request to Merchant with parameters:" with the notification, "Order done with status" (0
 * pending, 1 paid, 2 reversed, 3 cancelled) among many checks. What myPOS logs for IPCIAPurchase, IPCRefund and
 * IPCReversal is not documented: the simulator logs each request ("Received new POST request") and its answer
 * ("Display output data", an action the documentation lists). Card tokens are never logged; the many checking steps
 * are left out.
 */
final class MyPosTxnLog {

    static final String RECEIVED = "Received new POST request";
    static final String PAYMENT_STATUS = "Payment status";
    static final String SENT_TO_MERCHANT = "Sending POST request to Merchant with parameters:";
    static final String OUTPUT = "Display output data";
    static final String ORDER_DONE = "Order done with status";
    static final String CANCEL_URL = "Redirection to Merchant Cancel URL";

    /** "Order done with status": 1 paid, 2 reversed, 3 cancelled. */
    static final String PAID = "1";

    static final String REVERSED = "2";
    static final String CANCELLED = "3";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    private record Item(String time, String action, Object result) {

        List<Map.Entry<String, ?>> asJson() {
            return List.of(Map.entry("time", time), Map.entry("action", action), Map.entry("result", result));
        }
    }

    private final Clock clock;
    /** Logs by SID and OrderID; beyond {@link MyPosCheckout#MAX_ORDERS} the oldest are forgotten. */
    private final Map<String, List<Item>> logs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Item>> eldest) {
            return size() > MyPosCheckout.MAX_ORDERS;
        }
    };

    MyPosTxnLog(Clock clock) {
        this.clock = clock;
    }

    void add(String sid, String orderId, String action, String result) {
        items(sid, orderId).add(new Item(now(), action, result));
    }

    /** A message's fields, card tokens withheld. */
    void add(String sid, String orderId, String action, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> shown = new ArrayList<>();
        for (Map.Entry<String, String> f : fields) {
            if (!"CardToken".equalsIgnoreCase(f.getKey())) {
                shown.add(Map.entry(f.getKey(), f.getValue()));
            }
        }
        items(sid, orderId).add(new Item(now(), action, List.copyOf(shown)));
    }

    /** The order's log as IPCGetTxnLog's {@code log} list; empty when myPOS never heard of the order. */
    Optional<IpcJsonAnswer.Items> of(String sid, String orderId) {
        List<Item> items = logs.get(sid + "|" + orderId);
        return items == null
                ? Optional.empty()
                : Optional.of(
                        new IpcJsonAnswer.Items(items.stream().map(Item::asJson).toList()));
    }

    private List<Item> items(String sid, String orderId) {
        return logs.computeIfAbsent(sid + "|" + orderId, k -> new ArrayList<>());
    }

    private String now() {
        return TIME.format(ZonedDateTime.now(clock).withZoneSameInstant(SOFIA));
    }
}
