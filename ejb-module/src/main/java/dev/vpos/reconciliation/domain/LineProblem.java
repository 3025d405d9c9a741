package dev.vpos.reconciliation.domain;

import dev.vpos.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Why one line of a settlement file cannot be read: its line number, a message key (resolved to the reader's
 * language at the interface, every text starts with "line N:") and the key's arguments. Never carries a card number.
 */
public record LineProblem(int line, String messageKey, List<Object> args) {

    public static LineProblem of(int line, String messageKey, Object... args) {
        return new LineProblem(line, messageKey, List.of(args));
    }

    /** As a rejected field {@code file}; the line number is the first argument (as text: no digit grouping). */
    public FieldError toFieldError() {
        List<Object> all = new ArrayList<>();
        all.add(Integer.toString(line));
        all.addAll(args);
        return new FieldError("file", messageKey, all);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + messageKey + " " + args;
    }
}
