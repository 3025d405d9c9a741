package dev.vpos.web.rest.errors;

import dev.vpos.collection.application.IdempotencyConflictException;
import dev.vpos.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 422 when a key is reused for a different request; 409 while the first request with the key is in flight. */
@Provider
public class IdempotencyConflictMapper implements ExceptionMapper<IdempotencyConflictException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(IdempotencyConflictException e) {
        boolean inFlight = e.kind() == IdempotencyConflictException.Kind.IN_FLIGHT;
        String key = inFlight ? "error.idempotency.inFlight" : "error.idempotency.differentRequest";
        return Response.status(inFlight ? 409 : 422)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(
                        inFlight ? "idempotency_in_flight" : "idempotency_key_reused",
                        Messages.text(CallerLocale.of(headers), key)))
                .build();
    }
}
