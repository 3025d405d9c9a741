package dev.vpos.gateway.infrastructure;

import dev.vpos.shared.domain.CardNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a family's named fields appear in the log: secrets (passwords, CVV, hashes, cryptograms, the bank's opaque
 * packets) as {@code ***}, card numbers as BIN + last 4, everything else as it is. Field names are the bank's own; a
 * family declares its masking once and applies it to requests, forms and callbacks alike.
 */
@FunctionalInterface
public interface FieldMasking {

    /** What the log shows for {@code value} of the field {@code name}. */
    String mask(String name, String value);

    FieldMasking NONE = (name, value) -> value;

    /**
     * {@code secrets} as {@code ***} (an empty value stays empty: there is nothing to hide), {@code cardNumbers} as
     * BIN + last 4 when they hold 12 to 19 digits (a masked number the bank sent back stays as it is).
     */
    static FieldMasking of(Set<String> secrets, Set<String> cardNumbers) {
        return (name, value) -> {
            if (value == null || value.isEmpty()) {
                return value;
            }
            if (secrets.contains(name)) {
                return "***";
            }
            return cardNumbers.contains(name) && value.matches("\\d{12,19}") ? CardNumber.mask(value) : value;
        };
    }

    /** This masking, then {@code next} on what it left. */
    default FieldMasking then(FieldMasking next) {
        return (name, value) -> next.mask(name, mask(name, value));
    }

    /** A masked copy of {@code fields} in the same order; a value that is itself a map is masked field by field. */
    default Map<String, Object> applyTo(Map<String, ?> fields) {
        Map<String, Object> masked = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> children = (Map<String, ?>) nested;
                masked.put(name, applyTo(children));
            } else {
                masked.put(name, value == null ? null : mask(name, value.toString()));
            }
        });
        return masked;
    }

    /** {@link #applyTo} for flat string fields. */
    default Map<String, String> applyToFlat(Map<String, String> fields) {
        Map<String, String> masked = new LinkedHashMap<>();
        fields.forEach((name, value) -> masked.put(name, mask(name, value)));
        return masked;
    }
}
