package dev.vpos.simulator.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The simulated bank's own record of what it answered, so tests can compare the module against the bank. */
@ApplicationScoped
public class Ledger {

    private final List<LedgerEntry> entries = new CopyOnWriteArrayList<>();

    public void record(LedgerEntry entry) {
        entries.add(entry);
    }

    public boolean approved(String clientId, String orderId) {
        return entries.stream().anyMatch(e -> e.approved() && e.clientId().equals(clientId) && e.orderId().equals(orderId));
    }

    /** Newest first; only the given order when {@code orderId} is not null. */
    public List<LedgerEntry> list(String orderId) {
        List<LedgerEntry> out = new ArrayList<>(entries.stream()
                .filter(e -> orderId == null || e.orderId().equals(orderId)).toList());
        out.sort(Comparator.comparing(LedgerEntry::time).reversed());
        return out;
    }

    public void clear() {
        entries.clear();
    }
}
