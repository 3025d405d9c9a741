package dev.vpos.web.rest.errors;

import dev.vpos.web.i18n.Messages;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps JAX-RS's own statuses (404, 405, 403, 415...) but answers them in the API's error format. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    /**
     * RESTEasy's words for a query (or header, form, cookie, matrix) parameter it could not convert, e.g.
     * {@code page=abc} for an int: "Unable to extract parameter from http request: @jakarta.ws.rs.QueryParam("page")
     * value is 'abc'". JAX-RS answers 404 for a query parameter; the API answers 400 on the field (issue #13).
     */
    private static final Pattern BAD_PARAMETER = Pattern.compile(
            "(?:QueryParam|HeaderParam|FormParam|CookieParam|MatrixParam)\\((?:value=)?\"([^\"]{1,64})\"\\)");

    @Override
    public Response toResponse(WebApplicationException e) {
        Locale locale = CallerLocale.of(headers);
        Matcher parameter = BAD_PARAMETER.matcher(String.valueOf(e.getMessage()));
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && parameter.find()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorResponse(
                            "invalid_input",
                            Messages.text(locale, "error.invalidInput"),
                            List.of(new ErrorResponse.FieldProblem(
                                    parameter.group(1), Messages.text(locale, "param.invalid")))))
                    .build();
        }
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
