package dev.vpos.web.rest.access;

import dev.vpos.access.application.CompanyGrants;
import dev.vpos.access.domain.CompanyScope;
import dev.vpos.access.domain.StaffAccessAudit;
import dev.vpos.access.infrastructure.StaffAccessRepository.Grants;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Which companies of the group each user works for (the module's own table of grants): admins read and change them,
 * auditors read them and their trail. A user without a grant sees no company.
 */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccessResource {

    /** A user's grants: every company, or the listed ones (none: no access to any company's data). */
    public record GrantsView(
            String user, boolean allCompanies, List<Long> companyIds, String updatedBy, OffsetDateTime updatedAt) {

        static GrantsView of(Grants g) {
            CompanyScope s = g.scope();
            List<Long> ids = s.everyCompany() ? List.of() : s.restriction();
            return new GrantsView(g.user(), s.everyCompany(), ids, g.updatedBy(), g.updatedAt());
        }

        static GrantsView none(String user) {
            return new GrantsView(user, false, List.of(), null, null);
        }
    }

    /** PUT body. */
    public static class GrantsRequest {
        public Boolean allCompanies;
        public List<Long> companyIds;
    }

    /** One change of a user's grants ("*" = every company, else company ids; "" = none). */
    public record AuditView(String user, String actor, String before, String after, OffsetDateTime at) {
        static AuditView of(StaffAccessAudit a) {
            return new AuditView(a.userName(), a.actor(), a.before(), a.after(), a.occurredAt());
        }
    }

    @Inject
    CompanyGrants grants;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.AUDITOR})
    public List<GrantsView> all() {
        return grants.all().stream().map(GrantsView::of).toList();
    }

    @GET
    @Path("/{user}/companies")
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.AUDITOR})
    public GrantsView of(@PathParam("user") String user) {
        return grants.grantsOf(user).map(GrantsView::of).orElseGet(() -> GrantsView.none(user));
    }

    @PUT
    @Path("/{user}/companies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public GrantsView grant(@PathParam("user") String user, GrantsRequest body) {
        GrantsRequest b = body == null ? new GrantsRequest() : body;
        return GrantsView.of(grants.grant(user, b.allCompanies, b.companyIds, actor()));
    }

    @DELETE
    @Path("/{user}/companies")
    @RolesAllowed(Roles.VPOS_ADMIN)
    @APIResponse(responseCode = "204", description = "every grant of the user is withdrawn")
    public Response revoke(@PathParam("user") String user) {
        grants.revoke(user, actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/{user}/companies/audit")
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.AUDITOR})
    public List<AuditView> audit(@PathParam("user") String user) {
        return grants.trail(user).stream().map(AuditView::of).toList();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
