package dev.vpos.health.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the rules judge for one definition: its window's counts (every call, the approved ones; the authorisations
 * answered, approved, unanswered), the credentials' expiries and whether the bank host has a route from here.
 */
public record HealthSignals(
        boolean enabled,
        long calls,
        long approvedCalls,
        long answered,
        long approved,
        long unanswered,
        List<Expiry> expiries,
        boolean bankHostRoutable,
        String bankHost) {

    public record Expiry(String credential, Instant notAfter) {}

    public HealthSignals {
        expiries = List.copyOf(expiries);
    }
}
