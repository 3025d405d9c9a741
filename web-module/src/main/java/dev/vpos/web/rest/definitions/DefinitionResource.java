package dev.vpos.web.rest.definitions;

import dev.vpos.definitions.application.ConnectionTester;
import dev.vpos.definitions.application.DefinitionAdminService;
import dev.vpos.definitions.application.DefinitionDetails;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * System > Parameters > Virtual POS Definitions: a company's VPOS accounts. Admins see and change everything
 * (secrets only as "set" + last 2 characters); other roles see the enabled definitions without credentials.
 */
@Path("/companies/{companyId}/vpos-definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionResource {

    @Inject
    DefinitionAdminService definitions;

    @Inject
    ConnectionTester tester;

    @Context
    SecurityContext security;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @PathParam("companyId")
    long companyId;

    /** What a payment can be routed to, or (admins) every definition with its settings. */
    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.PORTAL_CLIENT, Roles.FINANCE, Roles.AUDITOR})
    public List<DefinitionResponse> list() {
        access.requireCompany(companyId);
        boolean admin = security.isUserInRole(Roles.VPOS_ADMIN);
        return definitions.list(companyId, !admin, admin).stream()
                .map(DefinitionResponse::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VPOS_ADMIN)
    public DefinitionResponse get(@PathParam("id") long id) {
        return DefinitionResponse.of(definitions.get(companyId, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "the definition",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DefinitionResponse.class)))
    public Response create(DefinitionRequest request) {
        DefinitionDetails created = definitions.create(companyId, body(request).toCommand(), actor());
        return Response.created(location(companyId, created.id()))
                .entity(DefinitionResponse.of(created))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public DefinitionResponse update(@PathParam("id") long id, DefinitionRequest request) {
        if (body(request).version == null) {
            throw new InvalidInputException(FieldError.of("version", "field.required"));
        }
        return DefinitionResponse.of(definitions.update(companyId, id, request.version, request.toCommand(), actor()));
    }

    /** Body (optional): {"overrideReason": "..."} to enable LIVE before any test approval. */
    @POST
    @Path("/{id}/enable")
    @RolesAllowed(Roles.VPOS_ADMIN)
    public DefinitionResponse enable(@PathParam("id") long id, EnableRequest request) {
        return DefinitionResponse.of(
                definitions.enable(companyId, id, request == null ? null : request.overrideReason, actor()));
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed(Roles.VPOS_ADMIN)
    public DefinitionResponse disable(@PathParam("id") long id) {
        return DefinitionResponse.of(definitions.disable(companyId, id, actor()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.VPOS_ADMIN)
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") long id) {
        definitions.delete(companyId, id, actor());
        return Response.noContent().build();
    }

    /** Body: {"targetCompanyId": 2}. */
    @POST
    @Path("/{id}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "the copy, in the target company",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DefinitionResponse.class)))
    public Response copy(@PathParam("id") long id, CopyRequest request) {
        if (request == null || request.targetCompanyId == null) {
            throw new InvalidInputException(FieldError.of("targetCompanyId", "field.required"));
        }
        DefinitionDetails copy = definitions.copy(companyId, id, request.targetCompanyId, actor());
        return Response.created(location(request.targetCompanyId, copy.id()))
                .entity(DefinitionResponse.of(copy))
                .build();
    }

    /** A harmless call to the bank with this definition: reachability, credential acceptance, latency. */
    @POST
    @Path("/{id}/test-connection")
    @RolesAllowed(Roles.VPOS_ADMIN)
    public ConnectionResponse testConnection(@PathParam("id") long id) {
        return ConnectionResponse.of(tester.test(companyId, id));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.AUDITOR})
    public List<DefinitionAuditResponse> audit(@PathParam("id") long id) {
        access.requireCompany(companyId);
        return definitions.audit(companyId, id).stream()
                .map(DefinitionAuditResponse::of)
                .toList();
    }

    /** Body of enable. */
    public static class EnableRequest {
        public String overrideReason;
    }

    /** Body of copy. */
    public static class CopyRequest {
        public Long targetCompanyId;
    }

    /** Relative Location URIs resolve against the application's base (/vpos/api/v1/). */
    private static URI location(long company, long definition) {
        return URI.create("companies/" + company + "/vpos-definitions/" + definition);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static DefinitionRequest body(DefinitionRequest request) {
        if (request == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return request;
    }
}
