package dev.vpos.web.rest.errors;

import dev.vpos.web.i18n.Messages;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 400 for a body that is not JSON of the expected shape (instead of a stack trace). */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    /** Yasson names the property it could not read ("Unable to deserialize property 'companyId' because of ..."). */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,64})'");

    @Override
    public Response toResponse(JsonbException e) {
        Locale locale = CallerLocale.of(headers);
        List<ErrorResponse.FieldProblem> fields = new ArrayList<>();
        for (Throwable t = e; t != null && fields.isEmpty(); t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                fields.add(new ErrorResponse.FieldProblem(m.group(1), Messages.text(locale, "error.malformed.field")));
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse("malformed_body", Messages.text(locale, "error.malformed"), fields))
                .build();
    }
}
