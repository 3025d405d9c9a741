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
 * Follow-ups of a collection: {@code capture}, {@code void}, {@code refund}, and {@code cancel} (void before the
 * family's day-end cut-off, refund after it or for a part). Each takes an {@code Idempotency-Key}. Status codes:
 * 200 approved, 402 declined by the bank, 503 bank not reached or outcome unknown, 409 not allowed in the
 * collection's state (or another follow-up in flight), 422 bad amount.
 */
@Path("/collections/{reference}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    FollowUpService followUps;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @POST
    @Path("/capture")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.FINANCE, Roles.VPOS_ADMIN, Roles.PORTAL_CLIENT})
    public Response capture(@PathParam("reference") String reference, FollowUpRequest body,
                            @HeaderParam("Idempotency-Key") String key, @HeaderParam("X-Channel") String channel) {
        return run(reference, "CAPTURE", body, key, channel);
    }

    @POST
    @Path("/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public Response voidIt(@PathParam("reference") String reference, FollowUpRequest body,
                           @HeaderParam("Idempotency-Key") String key, @HeaderParam("X-Channel") String channel) {
        return run(reference, "VOID", body, key, channel);
    }

    @POST
    @Path("/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public Response refund(@PathParam("reference") String reference, FollowUpRequest body,
                           @HeaderParam("Idempotency-Key") String key, @HeaderParam("X-Channel") String channel) {
        return run(reference, "REFUND", body, key, channel);
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public Response cancel(@PathParam("reference") String reference, FollowUpRequest body,
                           @HeaderParam("Idempotency-Key") String key, @HeaderParam("X-Channel") String channel) {
        return run(reference, "CANCEL", body, key, channel);
    }

    @GET
    @Path("/operations")
    @RolesAllowed({Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public List<OperationResponse> operations(@PathParam("reference") String reference) {
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
