package dev.vpos.web.rest.health;

import dev.vpos.health.application.DefinitionHealthReport;
import dev.vpos.web.access.CompanyAccess;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * System › Definition Health: the operator's morning check per VPOS definition of the caller's companies (last
 * approval, the last hour's approval rate and latency, certificate expiry, the outgoing address toward the bank).
 * Readiness ({@code /health}) stays about the database; this report needs a sign-in.
 */
@Path("/definition-health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionHealthResource {

    @Inject
    DefinitionHealthReport report;

    @Inject
    CompanyAccess access;

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.AUDITOR})
    public HealthReportResponse report() {
        return HealthReportResponse.of(report.report(access.scope().restriction()));
    }
}
