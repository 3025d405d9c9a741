package dev.vpos.web.rest.collections;

import dev.vpos.approvals.application.FollowUpAnswer;
import dev.vpos.approvals.application.RefundApprovals;
import dev.vpos.collection.application.BankStatusCheck;
import dev.vpos.collection.application.CollectionService;
import dev.vpos.collection.application.CollectionView;
import dev.vpos.collection.application.FollowUpCommand;
import dev.vpos.collection.application.FollowUpService;
import dev.vpos.collection.application.OperationView;
import dev.vpos.collection.application.RequestedFollowUp;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.access.CompanyAccess;
import dev.vpos.web.rest.approvals.ApprovalResponse;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Card collections and their follow-ups (capture, void, refund, cancel; each with its own Idempotency-Key). Status
 * codes: 201 approved (200 for a follow-up), 402 declined (with the bank's code and reason), 503 when the bank was
 * not reached or the outcome is unknown (never reported as declined).
 */
@Path("/collections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {

    private static final int PAYMENT_REQUIRED = 402;

    @Inject
    CollectionService collections;

    @Inject
    BankStatusCheck statusChecks;

    @Inject
    CompanyAccess access;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.PORTAL_CLIENT, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "201",
            description = "approved: the collection",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CollectionResponse.class)))
    @APIResponse(
            responseCode = "402",
            description = "declined by the bank: the collection with the bank's code and the unified reason",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CollectionResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "not sent (nothing charged, safe to retry) or unknown (finance settles it): the collection",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CollectionResponse.class)))
    public Response collect(SaleRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (request == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        if (idempotencyKey != null && idempotencyKey.length() > 255) {
            throw new InvalidInputException(FieldError.of("Idempotency-Key", "error.idempotency.tooLong"));
        }
        access.requireCompanyField(request.companyId);
        refuseRouteOverride(request);
        String actor = security.getUserPrincipal().getName();
        CollectionView view =
                collections.collect(request.toCommand(idempotencyKey, servletRequest.getRemoteAddr()), actor);
        return Response.status(statusOf(view))
                .location(URI.create("collections/" + view.reference()))
                .entity(CollectionResponse.of(view, CallerLocale.of(headers)))
                .build();
    }

    @Inject
    dev.vpos.routing.application.RoutingService routing;

    /**
     * In a company that routes by rules, naming a definition overrides the route: admins may, and so may portals
     * (their payment methods name definitions); a collector gets the route the rules give (400 on definitionId).
     */
    private void refuseRouteOverride(SaleRequest request) {
        if (request.definitionId != null
                && request.companyId != null
                && !security.isUserInRole(Roles.VPOS_ADMIN)
                && !security.isUserInRole(Roles.PORTAL_CLIENT)
                && routing.routesByRules(request.companyId)) {
            throw new InvalidInputException(FieldError.of("definitionId", "routing.overrideNotAllowed"));
        }
    }

    /** UNKNOWN collections the janitor could not settle after its last try: finance settles them with the bank. */
    @GET
    @Path("/needing-attention")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN, Roles.AUDITOR})
    public java.util.List<CollectionResponse> needingAttention() {
        return access.filter(collections.needingAttention(), CollectionView::companyId).stream()
                .map(v -> CollectionResponse.of(v, CallerLocale.of(headers)))
                .toList();
    }

    @GET
    @Path("/{reference}")
    @RolesAllowed({Roles.COLLECTOR, Roles.PORTAL_CLIENT, Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public CollectionResponse find(@PathParam("reference") String reference) {
        access.requireCollection(reference);
        return CollectionResponse.of(collections.find(reference), CallerLocale.of(headers));
    }

    /**
     * Asks the bank what happened to this collection's order; an UNKNOWN collection is settled by a definite answer
     * (approved, declined, or "no such order" = NOT_SENT). Always 200 with the collection as it now is.
     */
    @POST
    @Path("/{reference}/status-check")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public CollectionResponse statusCheck(@PathParam("reference") String reference) {
        access.requireCollection(reference);
        return CollectionResponse.of(
                statusChecks.check(reference, security.getUserPrincipal().getName()), CallerLocale.of(headers));
    }

    @Inject
    FollowUpService followUps;

    /**
     * What the bank says about the collection's order now (status inquiry) and its history where the family has
     * one; changes nothing, logs both calls.
     */
    @GET
    @Path("/{reference}/bank-report")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public BankReportResponse bankReport(@PathParam("reference") String reference) {
        access.requireCollection(reference);
        return BankReportResponse.of(
                statusChecks.report(reference, CallerLocale.of(headers).getLanguage()));
    }

    @POST
    @Path("/{reference}/capture")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.FINANCE, Roles.VPOS_ADMIN, Roles.PORTAL_CLIENT})
    @APIResponse(
            responseCode = "200",
            description = "approved: the operation and the collection after it",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "202",
            description = "held for a second pair of eyes (the company's four eyes): the waiting request, nothing sent",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalResponse.class)))
    @APIResponse(
            responseCode = "402",
            description = "declined by the bank: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "not sent or unknown: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    public Response capture(
            @PathParam("reference") String reference,
            FollowUpRequest body,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("X-Channel") String channel) {
        return followUp(reference, RequestedFollowUp.CAPTURE, body, key, channel);
    }

    @POST
    @Path("/{reference}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "200",
            description = "approved: the operation and the collection after it",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "202",
            description = "held for a second pair of eyes (the company's four eyes): the waiting request, nothing sent",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalResponse.class)))
    @APIResponse(
            responseCode = "402",
            description = "declined by the bank: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "not sent or unknown: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    public Response voidIt(
            @PathParam("reference") String reference,
            FollowUpRequest body,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("X-Channel") String channel) {
        return followUp(reference, RequestedFollowUp.VOID, body, key, channel);
    }

    @POST
    @Path("/{reference}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "200",
            description = "approved: the operation and the collection after it",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "202",
            description = "held for a second pair of eyes (the company's four eyes): the waiting request, nothing sent",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalResponse.class)))
    @APIResponse(
            responseCode = "402",
            description = "declined by the bank: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "not sent or unknown: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    public Response refund(
            @PathParam("reference") String reference,
            FollowUpRequest body,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("X-Channel") String channel) {
        return followUp(reference, RequestedFollowUp.REFUND, body, key, channel);
    }

    @POST
    @Path("/{reference}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "200",
            description = "approved: the operation and the collection after it",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "202",
            description = "held for a second pair of eyes (the company's four eyes): the waiting request, nothing sent",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalResponse.class)))
    @APIResponse(
            responseCode = "402",
            description = "declined by the bank: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "not sent or unknown: the operation",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OperationResponse.class)))
    public Response cancel(
            @PathParam("reference") String reference,
            FollowUpRequest body,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("X-Channel") String channel) {
        return followUp(reference, RequestedFollowUp.CANCEL, body, key, channel);
    }

    @GET
    @Path("/{reference}/operations")
    @RolesAllowed({Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public java.util.List<OperationResponse> operations(@PathParam("reference") String reference) {
        access.requireCollection(reference);
        return followUps.operations(reference).stream()
                .map(v -> OperationResponse.of(v, CallerLocale.of(headers)))
                .toList();
    }

    @Inject
    dev.vpos.collection.application.AttentionDesk attention;

    /**
     * Finance has dealt with what the collection was raised for (a repeated charge, a follow-up settled by hand):
     * it leaves the needing-attention list. 409 while the collection or one of its follow-ups is still unknown.
     */
    @POST
    @Path("/{reference}/attention/dismiss")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public CollectionResponse dismissAttention(@PathParam("reference") String reference) {
        access.requireCollection(reference);
        return CollectionResponse.of(attention.dismiss(reference), CallerLocale.of(headers));
    }

    /** Asks the bank's history about an unknown follow-up now, and settles it when the answer is definite. */
    @POST
    @Path("/{reference}/operations/{operationId}/status-check")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public OperationResponse operationStatusCheck(
            @PathParam("reference") String reference, @PathParam("operationId") String operationId) {
        access.requireCollection(reference);
        return OperationResponse.of(
                attention.checkFollowUp(
                        reference, operationId, security.getUserPrincipal().getName()),
                CallerLocale.of(headers));
    }

    @Inject
    RefundApprovals approvals;

    /**
     * A capture, void, refund or cancel: 200 approved, 402 declined by the bank, 503 not sent or unknown; 202 with the
     * waiting request when money going back needs a second user's approval (four eyes), nothing sent to the bank.
     */
    private Response followUp(
            String reference, RequestedFollowUp requested, FollowUpRequest body, String key, String channel) {
        access.requireCollection(reference);
        if (key != null && key.length() > 255) {
            throw new InvalidInputException(FieldError.of("Idempotency-Key", "error.idempotency.tooLong"));
        }
        FollowUpAnswer answer = approvals.request(
                new FollowUpCommand(
                        reference,
                        requested,
                        body == null ? null : body.amount,
                        key,
                        channel == null || channel.isBlank() ? "API" : channel),
                security.getUserPrincipal().getName());
        if (answer.isWaiting()) {
            return Response.accepted(ApprovalResponse.of(answer.waiting(), CallerLocale.of(headers)))
                    .location(URI.create("refund-approvals/" + answer.waiting().approvalId()))
                    .build();
        }
        OperationView view = answer.operation();
        int status = switch (view.state()) {
            case APPROVED -> 200;
            case DECLINED -> PAYMENT_REQUIRED;
            default -> Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
        };
        return Response.status(status)
                .entity(OperationResponse.of(view, CallerLocale.of(headers)))
                .build();
    }

    static int statusOf(CollectionView view) {
        return switch (view.state()) {
            case APPROVED -> Response.Status.CREATED.getStatusCode();
            case DECLINED -> PAYMENT_REQUIRED;
            case NOT_SENT, UNKNOWN, INITIATED -> Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
            default -> Response.Status.OK.getStatusCode();
        };
    }
}
