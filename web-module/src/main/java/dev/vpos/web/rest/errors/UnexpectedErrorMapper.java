package dev.vpos.web.rest.errors;

import dev.vpos.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 500 with a reference the operator can find in the log; never a stack trace to the caller. The database out of
 * reach is not a fault of ours: 503 with Retry-After, so callers retry (with the same Idempotency-Key).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException e) {
        String reference = UUID.randomUUID().toString();
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.log(Level.WARNING, "Database out of reach or transaction not completed (" + reference + ")", e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(
                            "database_unavailable",
                            Messages.text(CallerLocale.of(headers), "error.databaseUnavailable", reference)))
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected error " + reference, e);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(
                        "internal_error", Messages.text(CallerLocale.of(headers), "error.internal", reference)))
                .build();
    }
}
