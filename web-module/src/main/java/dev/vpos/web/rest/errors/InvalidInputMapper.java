package dev.vpos.web.rest.errors;

import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** 400 with every rejected field and its reason in the caller's language. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
        Locale locale = CallerLocale.of(headers);
        var fields = e.errors().stream()
                .map(f -> new ErrorResponse.FieldProblem(
                        f.field(),
                        Messages.text(locale, f.messageKey(), f.args().toArray())))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse("invalid_input", Messages.text(locale, "error.invalidInput"), fields))
                .build();
    }
}
