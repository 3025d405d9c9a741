package dev.vpos.batches.application;

import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The credit-card batch listing's filter: transaction dates (inclusive, in the business zone), company, definition,
 * bank family, collection state, channel, reconciliation status, free text (a bank code exactly, or part of the
 * customer's code or name), and a sort on one of the whitelisted columns. {@code companies} is the caller's company
 * scope: only records of these companies (null: every company; empty: none).
 */
public record BatchFilter(
        LocalDate from,
        LocalDate to,
        Long companyId,
        Long definitionId,
        String family,
        String state,
        String channel,
        String reconciliation,
        String text,
        String sort,
        boolean ascending,
        List<Long> companies) {

    /** API sort names → SQL expressions; nothing else reaches the ORDER BY. */
    static final Map<String, String> SORTS = Map.of(
            "transactionTime",
            "b.transaction_time",
            "amount",
            "b.amount",
            "valueDate",
            "b.value_date",
            "bankOrderId",
            "b.bank_order_id",
            "customer",
            "a.code",
            "state",
            "b.collection_state");

    private static final Set<String> STATES = Set.of(
            "APPROVED",
            "CAPTURED",
            "VOIDED",
            "PARTIALLY_REFUNDED",
            "REFUNDED",
            "DECLINED",
            "UNKNOWN",
            "NOT_SENT",
            "INITIATED",
            "PENDING_3DS");
    private static final Set<String> CHANNELS = Set.of("MOTO", "PORTAL_ORDER", "PORTAL_BALANCE", "API");
    private static final Set<String> RECONCILIATION = Set.of("OPEN", "MATCHED", "DIFFERENCE", "EXPLAINED");

    public BatchFilter {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "batches.dates"));
        }
        check(state, STATES, "state", errors);
        check(channel, CHANNELS, "channel", errors);
        check(reconciliation, RECONCILIATION, "reconciliation", errors);
        if (sort != null && !SORTS.containsKey(sort)) {
            errors.add(
                    FieldError.of("sort", "batches.sort", String.join(", ", new java.util.TreeSet<>(SORTS.keySet()))));
        }
        if (text != null && text.length() > 100) {
            errors.add(FieldError.of("q", "field.tooLong", 100));
        } else if (text != null && text.indexOf('\0') >= 0) {
            errors.add(FieldError.of("q", "query.nul"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        text = text == null || text.isBlank() ? null : text.trim();
        family = family == null || family.isBlank() ? null : family.trim();
        companies = companies == null ? null : List.copyOf(companies);
    }

    private static void check(String value, Set<String> allowed, String field, List<FieldError> errors) {
        if (value != null && !value.isBlank() && !allowed.contains(value)) {
            errors.add(FieldError.of(field, "batches.value", String.join(", ", new java.util.TreeSet<>(allowed))));
        }
    }

    /** The joined table the sort needs beside card_batch ("a" customer), or null. */
    String sortTable() {
        String column = SORTS.get(sort == null ? "transactionTime" : sort);
        return column.startsWith("a.") ? "a" : null;
    }

    /** The listing's order in the given direction; {@code b.id} breaks ties, so the order is total. */
    String orderBy(boolean asc) {
        String dir = asc ? " asc" : " desc";
        return " order by " + SORTS.getOrDefault(sort == null ? "transactionTime" : sort, "b.transaction_time") + dir
                + ", b.id" + dir;
    }
}
