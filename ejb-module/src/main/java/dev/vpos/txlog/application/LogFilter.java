package dev.vpos.txlog.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The return-code log's filter, checked as a whole (every bad parameter is reported, nothing is half-applied).
 *
 * <p>Period: {@code from} and {@code to} are each a date ({@code 2026-11-23}: the whole day), a local date-time
 * ({@code 2026-11-23T14:30}) — both in the business zone, the zone of the injected clock — or a date-time with an
 * offset ({@code 2026-11-23T14:30:00+03:00}, {@code ...Z}): that instant. Both ends are inclusive; internally the
 * period is {@code [start, end)} with {@code end} exclusive.
 *
 * @param start       first instant included, or null
 * @param end         first instant no longer included, or null
 * @param text        part of the bank order id (case-insensitive), or null
 * @param sort        one of {@link #SORTS}' keys
 */
public record LogFilter(
        OffsetDateTime start,
        OffsetDateTime end,
        Long companyId,
        Long definitionId,
        GatewayFamily family,
        String operation,
        GatewayOutcome outcome,
        String bankCode,
        UnifiedReason reason,
        Long collectionId,
        String text,
        String sort,
        boolean ascending,
        List<Long> companies) {

    /** API sort names → SQL expressions; nothing else reaches the ORDER BY. */
    static final Map<String, String> SORTS = Map.of(
            "occurredAt",
            "i.occurred_at",
            "family",
            "i.family",
            "operation",
            "i.operation",
            "outcome",
            "i.outcome",
            "bankCode",
            "i.bank_code",
            "reason",
            "i.reason",
            "latencyMs",
            "i.latency_ms",
            "bankOrderId",
            "i.bank_order_id",
            "companyId",
            "i.company_id",
            "definition",
            "d.code");

    static final String DEFAULT_SORT = "occurredAt";
    private static final Pattern OPERATION = Pattern.compile("[A-Z0-9_]{1,20}");
    private static final int MAX_TEXT = 64;
    private static final int MAX_CODE = 30;

    /** The query parameters as given (any of them may be null or blank). */
    public record Raw(
            String from,
            String to,
            String companyId,
            String definitionId,
            String family,
            String operation,
            String outcome,
            String bankCode,
            String reason,
            String collectionId,
            String q,
            String sort,
            String direction) {

        /** Only a period and the chart's own filters. */
        public static Raw period(
                String from, String to, String companyId, String definitionId, String family, String operation) {
            return new Raw(
                    from, to, companyId, definitionId, family, operation, null, null, null, null, null, null, null);
        }
    }

    /** Parses and checks every parameter; throws {@link InvalidInputException} with each rejected field. */
    public static LogFilter parse(Raw raw, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime start = instant(raw.from(), "from", zone, false, errors);
        OffsetDateTime end = instant(raw.to(), "to", zone, true, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(FieldError.of("to", "batches.dates"));
        }
        Long companyId = id(raw.companyId(), "companyId", errors);
        Long definitionId = id(raw.definitionId(), "definitionId", errors);
        Long collectionId = id(raw.collectionId(), "collectionId", errors);
        GatewayFamily family = choice(raw.family(), "family", GatewayFamily.values(), GatewayFamily::valueOf, errors);
        GatewayOutcome outcome =
                choice(raw.outcome(), "outcome", GatewayOutcome.values(), GatewayOutcome::valueOf, errors);
        UnifiedReason reason = choice(raw.reason(), "reason", UnifiedReason.values(), UnifiedReason::valueOf, errors);
        String operation = blank(raw.operation());
        if (operation != null && !OPERATION.matcher(operation).matches()) {
            errors.add(FieldError.of("operation", "txlog.operation"));
        }
        String bankCode = blank(raw.bankCode());
        if (bankCode != null && bankCode.length() > MAX_CODE) {
            errors.add(FieldError.of("bankCode", "field.tooLong", MAX_CODE));
        }
        String text = blank(raw.q());
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(FieldError.of("q", "field.tooLong", MAX_TEXT));
        } else if (text != null && text.indexOf('\0') >= 0) {
            errors.add(FieldError.of("q", "query.nul"));
        }
        String sort = blank(raw.sort());
        if (sort != null && !SORTS.containsKey(sort)) {
            errors.add(FieldError.of("sort", "batches.sort", String.join(", ", new TreeSet<>(SORTS.keySet()))));
        }
        String direction = blank(raw.direction());
        if (direction != null && !direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            errors.add(FieldError.of("direction", "batches.value", "asc, desc"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LogFilter(
                start,
                end,
                companyId,
                definitionId,
                family,
                operation,
                outcome,
                bankCode,
                reason,
                collectionId,
                text,
                sort == null ? DEFAULT_SORT : sort,
                "asc".equalsIgnoreCase(direction),
                null);
    }

    /**
     * The same filter limited to the caller's companies ({@code null}: every company; empty: none), on top of any
     * {@code companyId} asked for.
     */
    public LogFilter within(List<Long> scope) {
        return new LogFilter(
                start,
                end,
                companyId,
                definitionId,
                family,
                operation,
                outcome,
                bankCode,
                reason,
                collectionId,
                text,
                sort,
                ascending,
                scope == null ? null : List.copyOf(scope));
    }

    /** The same filter with a period that must have both ends (the decline-reason chart). */
    public LogFilter requirePeriod() {
        List<FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(FieldError.of("from", "field.required"));
        }
        if (end == null) {
            errors.add(FieldError.of("to", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    public String orderBy() {
        String dir = ascending ? " asc" : " desc";
        String column = SORTS.getOrDefault(sort, "i.occurred_at");
        String then = "i.occurred_at".equals(column) ? "" : ", i.occurred_at" + dir;
        return " order by " + column + dir + then + ", i.id" + dir;
    }

    /**
     * A date is the start of that day ({@code from}) or the start of the next day ({@code to}, so the day is
     * included); a date-time is that instant ({@code to}: up to and including it, at the stored microsecond
     * precision).
     */
    static OffsetDateTime instant(String value, String field, ZoneId zone, boolean end, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toOffsetDateTime();
            }
            OffsetDateTime at = hasOffset(v)
                    ? OffsetDateTime.parse(v)
                    : LocalDateTime.parse(v).atZone(zone).toOffsetDateTime();
            at = at.truncatedTo(ChronoUnit.MICROS);
            return end ? at.plus(1, ChronoUnit.MICROS) : at;
        } catch (DateTimeException e) {
            errors.add(FieldError.of(field, "txlog.date"));
            return null;
        }
    }

    private static boolean hasOffset(String v) {
        int t = v.indexOf('T');
        if (t < 0) {
            return false;
        }
        String time = v.substring(t);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') > 0 || time.indexOf('-') > 0;
    }

    private static Long id(String value, String field, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(field, "txlog.id"));
        return null;
    }

    private static <E extends Enum<E>> E choice(
            String value, String field, E[] all, Function<String, E> parse, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(
                    field,
                    "batches.value",
                    String.join(", ", Arrays.stream(all).map(Enum::name).toList())));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
