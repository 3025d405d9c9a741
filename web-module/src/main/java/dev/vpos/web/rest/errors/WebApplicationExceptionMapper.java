package dev.vpos.web.rest.errors;

import dev.vpos.web.i18n.Messages;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Keeps JAX-RS's own statuses (404, 405, 403, 415...) but answers them in the API's error format. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Locale locale = CallerLocale.of(headers);
        int status = e.getResponse().getStatus();
        String message = e instanceof NotFoundException
                ? Messages.text(locale, "error.notFound")
                : e instanceof ForbiddenException
                        ? Messages.text(locale, "error.forbidden")
                        : Response.Status.fromStatusCode(status) == null
                                ? "HTTP " + status
                                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of("http_" + status, message))
                .build();
    }
}
