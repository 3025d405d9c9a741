package dev.vpos.batches.application;

import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Where a keyset page of the listing starts: after the row with this sort value and id, in this sort and direction.
 * Opaque to callers (URL-safe Base64 of "sort|asc|id|value"); a cursor of another sort or direction is refused. A
 * record without a collection sorts by state as '' (card_batch.collection_state, V74).
 */
public record BatchCursor(String sort, boolean ascending, long id, String value) {

    /** The cursor after {@code row} in the filter's sort and direction. */
    public static BatchCursor after(BatchRow row, BatchFilter f) {
        String sort = sortOf(f);
        String value = switch (sort) {
            case "amount" -> row.amount().toPlainString();
            case "valueDate" -> row.valueDate().toString();
            case "bankOrderId" -> row.bankOrderId();
            case "customer" -> row.customerCode();
            case "state" -> row.state() == null ? "" : row.state();
            default -> row.transactionTime().toInstant().toString();
        };
        return new BatchCursor(sort, f.ascending(), row.id(), value);
    }

    /** Whether a filter's sort can be paged by cursor. */
    public static boolean supports(BatchFilter f) {
        return BatchFilter.SORTS.containsKey(sortOf(f));
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((sort + "|" + ascending + "|" + id + "|" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@link #encode} wrote, for this filter's sort and direction; 400 otherwise. */
    public static BatchCursor decode(String text, BatchFilter f) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
            BatchCursor c =
                    new BatchCursor(parts[0], Boolean.parseBoolean(parts[1]), Long.parseLong(parts[2]), parts[3]);
            if (supports(f) && c.sort.equals(sortOf(f)) && c.ascending == f.ascending()) {
                c.bound(); // the value reads as its sort's type
                return c;
            }
        } catch (RuntimeException malformed) {
            // refused below
        }
        throw new InvalidInputException(FieldError.of("after", "batches.cursor"));
    }

    /** The sort value as a statement parameter. */
    Object bound() {
        return switch (sort) {
            case "amount" -> new BigDecimal(value);
            case "valueDate" -> java.sql.Date.valueOf(LocalDate.parse(value));
            case "bankOrderId", "customer", "state" -> value;
            default -> OffsetDateTime.ofInstant(java.time.Instant.parse(value), java.time.ZoneOffset.UTC);
        };
    }

    private static String sortOf(BatchFilter f) {
        return f.sort() == null ? "transactionTime" : f.sort();
    }
}
