package dev.vpos.simulator.est;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the answer to an order-status query carries. Unlike a sale's answer it has no GroupId, AuthCode or
 * HostRefNum of its own: the order's details are in {@code Extra}, whose elements the gateway lists in
 * alphabetical order.
 *
 * @param verdict the query's result: {@link EstVerdict#recordsFound} or {@link EstVerdict#noRecordFound}
 * @param orderId the order's id when found; empty when not
 * @param transId the order's TransId when found; empty when not
 * @param extra   {@code Extra}'s elements, name to text, in alphabetical order
 */
public record EstStatusAnswer(EstVerdict verdict, String orderId, String transId, SortedMap<String, String> extra) {

    public EstStatusAnswer {
        extra = Collections.unmodifiableSortedMap(new TreeMap<>(extra));
    }

    public boolean found() {
        return verdict.isApproved();
    }

    /** {@code Extra/TRANS_STAT}: what became of the order ({@code C}, {@code S}, {@code D}, ...); empty when not found. */
    public String transStat() {
        return extra.getOrDefault("TRANS_STAT", "");
    }
}
