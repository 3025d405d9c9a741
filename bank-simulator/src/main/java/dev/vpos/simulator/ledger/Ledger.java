package dev.vpos.simulator.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated banks' own record of the sales they answered, newest first, so that tests can compare what the
 * product believes with what the "bank" did, and where the banks' status inquiries look orders up (an inquiry is
 * never recorded itself). In memory only: a restart empties it. Thread-safe. Beyond
 * {@link #DEFAULT_CAPACITY} entries the oldest are forgotten, so a long load test cannot exhaust the heap.
 */
@ApplicationScoped
public class Ledger {

    public static final int DEFAULT_CAPACITY = 100_000;

    private final Deque<LedgerEntry> newestFirst = new ArrayDeque<>();
    private final Set<List<String>> approvedOrders = new HashSet<>();
    private final int capacity;

    public Ledger() {
        this(DEFAULT_CAPACITY);
    }

    public Ledger(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Records the entry, unless it is an approval for an order the same merchant already had approved at the same
     * bank family: a bank charges an order id once. Checking and adding is one atomic step.
     *
     * @return false when the entry was refused as a second approval of the same order
     */
    public synchronized boolean record(LedgerEntry entry) {
        if (entry.isApproved() && hasApproved(entry.family(), entry.clientId(), entry.orderId())) {
            return false;
        }
        newestFirst.addFirst(entry);
        if (entry.isApproved()) {
            approvedOrders.add(orderKey(entry.family(), entry.clientId(), entry.orderId()));
        }
        if (newestFirst.size() > capacity) {
            LedgerEntry forgotten = newestFirst.removeLast();
            if (forgotten.isApproved()) {
                approvedOrders.remove(orderKey(forgotten.family(), forgotten.clientId(), forgotten.orderId()));
            }
        }
        return true;
    }

    public synchronized boolean hasApproved(String family, String clientId, String orderId) {
        return approvedOrders.contains(orderKey(family, clientId, orderId));
    }

    /** Every entry, newest first; only those of that order id when one is given. */
    public synchronized List<LedgerEntry> newestFirst(Optional<String> orderId) {
        return newestFirst.stream().filter(e -> orderId.map(e.orderId()::equals).orElse(true)).toList();
    }

    /** What one merchant's order at one bank family went through (approvals and declines), newest first. */
    public synchronized List<LedgerEntry> entriesOf(String family, String clientId, String orderId) {
        return newestFirst.stream()
                .filter(e -> e.family().equals(family) && e.clientId().equals(clientId) && e.orderId().equals(orderId))
                .toList();
    }

    public synchronized void clear() {
        newestFirst.clear();
        approvedOrders.clear();
    }

    private static List<String> orderKey(String family, String clientId, String orderId) {
        return List.of(family, clientId, orderId);
    }
}
