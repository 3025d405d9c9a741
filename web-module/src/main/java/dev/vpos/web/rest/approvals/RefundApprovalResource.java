package dev.vpos.web.rest.approvals;

import dev.vpos.approvals.application.ApprovalDecision;
import dev.vpos.approvals.application.ApprovalView;
import dev.vpos.approvals.application.RefundApprovals;
import dev.vpos.approvals.domain.RefundApproval;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.web.access.CompanyAccess;
import dev.vpos.web.rest.PageParams;
import dev.vpos.web.rest.PageResponse;
import dev.vpos.web.rest.collections.OperationResponse;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Four eyes on refunds (issue #13 item 8): the refunds, voids and cancels that wait for a second user, and that user's
 * decision. Only FINANCE decides, and never on a request of their own or on a sale they took (409).
 */
@Path("/refund-approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RefundApprovalResource {

    private static final int PAYMENT_REQUIRED = 402;

    @Inject
    RefundApprovals approvals;

    @Inject
    CompanyAccess access;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    /** What waits (state=PENDING, the default), or what was decided (APPROVED, REJECTED, ALL); newest first. */
    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public PageResponse<ApprovalResponse> list(
            @QueryParam("state") @DefaultValue("PENDING") String state,
            @QueryParam("companyId") Long companyId,
            @QueryParam("collection") String collection,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageParams.check(page, size);
        access.requireCompanyField(companyId);
        Locale locale = CallerLocale.of(headers);
        return PageResponse.of(
                approvals.list(
                        state(state),
                        companyId,
                        blankToNull(collection),
                        access.scope().restriction(),
                        page,
                        size),
                v -> ApprovalResponse.of(v, locale));
    }

    @GET
    @Path("/{approvalId}")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public ApprovalResponse get(@PathParam("approvalId") String approvalId) {
        return ApprovalResponse.of(visible(approvalId), CallerLocale.of(headers));
    }

    /** Sends the waiting follow-up: 200 approved by the bank, 402 declined, 503 not sent or unknown. */
    @POST
    @Path("/{approvalId}/approve")
    @RolesAllowed(Roles.FINANCE)
    @APIResponse(
            responseCode = "200",
            description = "approved by the bank: the request and the operation",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(
            responseCode = "402",
            description = "declined by the bank: the request and the operation",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "not sent or unknown: the request and the operation",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionResponse.class)))
    public Response approve(@PathParam("approvalId") String approvalId) {
        visible(approvalId);
        ApprovalDecision d =
                approvals.approve(approvalId, security.getUserPrincipal().getName());
        Locale locale = CallerLocale.of(headers);
        int status = switch (d.operation().state()) {
            case APPROVED -> 200;
            case DECLINED -> PAYMENT_REQUIRED;
            default -> Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
        };
        return Response.status(status)
                .entity(new DecisionResponse(
                        ApprovalResponse.of(d.approval(), locale), OperationResponse.of(d.operation(), locale)))
                .build();
    }

    /** Nothing is sent; {"reason": "..."} is kept with the request. */
    @POST
    @Path("/{approvalId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    public DecisionResponse reject(@PathParam("approvalId") String approvalId, RejectRequest body) {
        visible(approvalId);
        return new DecisionResponse(
                ApprovalResponse.of(
                        approvals.reject(
                                approvalId, security.getUserPrincipal().getName(), body == null ? null : body.reason),
                        CallerLocale.of(headers)),
                null);
    }

    /** The request, if its company is one the caller may see; else 404 as an unknown one. */
    private ApprovalView visible(String approvalId) {
        ApprovalView v = approvals.get(approvalId);
        if (!access.scope().permits(v.companyId())) {
            throw new NotFoundException("fourEyes.notFound", approvalId);
        }
        return v;
    }

    private static RefundApproval.State state(String state) {
        if ("ALL".equals(state)) {
            return null;
        }
        try {
            return RefundApproval.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("state", "fourEyes.state"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
