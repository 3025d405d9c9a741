package dev.vpos.web.rest.errors;

import java.util.List;

/** Every error the API returns: a stable code, a message in the caller's language, and the rejected fields. */
public record ErrorResponse(String error, String message, List<FieldProblem> fields) {

    /** One rejected field and why, in the caller's language. */
    public record FieldProblem(String field, String reason) {}

    public static ErrorResponse of(String error, String message) {
        return new ErrorResponse(error, message, List.of());
    }
}
