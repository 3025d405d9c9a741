package dev.vpos.simulator.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<LedgerEntry, Integer> batchOf = new IdentityHashMap<>();
    private final Map<String, Integer> openBatch = new HashMap<>();
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
     * Records the entry in its family's open batch, unless it is an approved authorisation (sale or
     * pre-authorisation) for an order the same merchant already had approved at the same bank family: a bank charges
     * an order id once. Follow-ups (capture, void, refund) are recorded under the original order id. Checking and
     * adding is one atomic step.
     *
     * @return false when the entry was refused as a second approval of the same order
     */
    public synchronized boolean record(LedgerEntry entry) {
        if (entry.isApprovedAuthorization() && hasApproved(entry.family(), entry.clientId(), entry.orderId())) {
            return false;
        }
        newestFirst.addFirst(entry);
        batchOf.put(entry, openBatch.getOrDefault(entry.family(), 1));
        if (entry.isApprovedAuthorization()) {
            approvedOrders.add(orderKey(entry.family(), entry.clientId(), entry.orderId()));
        }
        if (newestFirst.size() > capacity) {
            LedgerEntry forgotten = newestFirst.removeLast();
            batchOf.remove(forgotten);
            if (forgotten.isApprovedAuthorization()) {
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
        return newestFirst.stream()
                .filter(e -> orderId.map(e.orderId()::equals).orElse(true))
                .toList();
    }

    /** What one merchant's order at one bank family went through (approvals and declines), newest first. */
    public synchronized List<LedgerEntry> entriesOf(String family, String clientId, String orderId) {
        return newestFirst.stream()
                .filter(e -> e.family().equals(family)
                        && e.clientId().equals(clientId)
                        && e.orderId().equals(orderId))
                .toList();
    }

    /** The order as the bank sees it: authorisation, captures, refunds, voids and whether its batch is open. */
    public synchronized LedgerOrder order(String family, String clientId, String orderId) {
        List<LedgerEntry> entries = entriesOf(family, clientId, orderId);
        boolean open = entries.stream()
                .filter(LedgerEntry::isApprovedAuthorization)
                .findFirst()
                .map(this::inOpenBatch)
                .orElse(false);
        return LedgerOrder.of(entries, open);
    }

    /** The family's batch number that new entries go into (starts at 1). */
    public synchronized int openBatch(String family) {
        return openBatch.getOrDefault(family, 1);
    }

    /** The batch an entry was recorded in; 0 when the ledger no longer holds it. */
    public synchronized int batchOf(LedgerEntry entry) {
        return batchOf.getOrDefault(entry, 0);
    }

    public synchronized boolean inOpenBatch(LedgerEntry entry) {
        return batchOf.getOrDefault(entry, 0) == openBatch(entry.family());
    }

    /**
     * Day end for one family: the open batch closes (its transactions can no longer be voided, only refunded) and a
     * new one opens.
     *
     * @return the number of the batch that was closed
     */
    public synchronized int closeBatch(String family) {
        int closed = openBatch(family);
        openBatch.put(family, closed + 1);
        return closed;
    }

    /**
     * The approved entries of one family (and merchant, when given) dated {@code day} in the bank's time zone, oldest
     * first: what a day-end settlement file lists.
     */
    public synchronized List<LedgerEntry> approvedOn(
            String family, Optional<String> clientId, LocalDate day, ZoneId bankZone) {
        List<LedgerEntry> oldestFirst = new java.util.ArrayList<>(newestFirst.stream()
                .filter(e -> e.family().equals(family) && e.isApproved())
                .filter(e -> clientId.map(e.clientId()::equals).orElse(true))
                .filter(e ->
                        e.timestamp().atZoneSameInstant(bankZone).toLocalDate().equals(day))
                .toList());
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * Fault injection: the bank forgets one merchant's order at one family — every entry of it (authorisation and
     * follow-ups) — as if it had never been there: no settlement line, no status, and the order id is free again.
     *
     * @return how many entries were forgotten (0: the ledger had no such order)
     */
    public synchronized int forget(String family, String clientId, String orderId) {
        int before = newestFirst.size();
        newestFirst.removeIf(e -> {
            boolean match = e.family().equals(family)
                    && e.clientId().equals(clientId)
                    && e.orderId().equals(orderId);
            if (match) {
                batchOf.remove(e);
            }
            return match;
        });
        approvedOrders.remove(orderKey(family, clientId, orderId));
        return before - newestFirst.size();
    }

    public synchronized void clear() {
        newestFirst.clear();
        approvedOrders.clear();
        batchOf.clear();
        openBatch.clear();
    }

    private static List<String> orderKey(String family, String clientId, String orderId) {
        return List.of(family, clientId, orderId);
    }
}
