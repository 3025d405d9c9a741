package dev.vpos.shared.domain;

import java.util.List;

/** Bad input: nothing was changed. Carries every rejected field, not just the first. */
public class InvalidInputException extends BusinessException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
