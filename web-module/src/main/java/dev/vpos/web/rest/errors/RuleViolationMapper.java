package dev.vpos.web.rest.errors;

import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 when the request conflicts with the current state or a business rule; the message says which. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolationException e) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(
                        e.messageKey(),
                        Messages.text(
                                CallerLocale.of(headers),
                                e.messageKey(),
                                e.args().toArray())))
                .build();
    }
}
