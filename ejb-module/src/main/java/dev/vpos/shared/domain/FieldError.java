package dev.vpos.shared.domain;

import java.util.List;

/**
 * One rejected input field. {@code messageKey} is resolved to the user's language at the interface;
 * {@code args} fill its placeholders.
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
