package dev.vpos.web.rest.collections;

import dev.vpos.collection.application.FollowUpCommand;
import dev.vpos.collection.application.FollowUpService;
import dev.vpos.collection.application.OperationView;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Follow-ups of a collection, served under {@code /collections/{reference}/…} by {@link CollectionResource}: {@code capture}, {@code void}, {@code refund}, and {@code cancel} (void before the
 * family's day-end cut-off, refund after it or for a part). Each takes an {@code Idempotency-Key}. Status codes:
 * 200 approved, 402 declined by the bank, 503 bank not reached or outcome unknown, 409 not allowed in the
 * collection's state (or another follow-up in flight), 422 bad amount.
 */
@RequestScoped
public class FollowUpCalls {

    @Inject
    FollowUpService followUps;

    HttpHeaders headers;

    SecurityContext security;

    /** The calling resource hands over its request context (this class is a helper, not a root resource). */
    FollowUpCalls with(HttpHeaders headers, SecurityContext security) {
        this.headers = headers;
        this.security = security;
        return this;
    }

    public Response capture(String reference, FollowUpRequest body,
                            String key, String channel) {
        return run(reference, "CAPTURE", body, key, channel);
    }

    public Response voidIt(String reference, FollowUpRequest body,
                           String key, String channel) {
        return run(reference, "VOID", body, key, channel);
    }

    public Response refund(String reference, FollowUpRequest body,
                           String key, String channel) {
        return run(reference, "REFUND", body, key, channel);
    }

    public Response cancel(String reference, FollowUpRequest body,
                           String key, String channel) {
        return run(reference, "CANCEL", body, key, channel);
    }

    public List<OperationResponse> operations(String reference) {
        return followUps.operations(reference).stream().map(v -> OperationResponse.of(v, CallerLocale.of(headers)))
                .toList();
    }

    private Response run(String reference, String requested, FollowUpRequest body, String key, String channel) {
        if (key != null && key.length() > 255) {
            throw new InvalidInputException(FieldError.of("Idempotency-Key", "error.idempotency.tooLong"));
        }
        String amount = body == null ? null : body.amount;
        OperationView view = followUps.run(new FollowUpCommand(reference, requested, amount, key,
                channel == null || channel.isBlank() ? "API" : channel), security.getUserPrincipal().getName());
        int status = switch (view.state()) {
            case APPROVED -> 200;
            case DECLINED -> 402;
            default -> 503;
        };
        return Response.status(status).entity(OperationResponse.of(view, CallerLocale.of(headers))).build();
    }
}
