package dev.vpos.web.rest.alerts;

import dev.vpos.alerts.application.AlertDesk;
import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.web.access.CompanyAccess;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * The alerts of the caller's companies that concern the caller's roles (docs/alerts.md): the active ones (the landing
 * page), or with {@code history=true} also those resolved in the last 30 days; one by id; and acknowledging one, which
 * records who and when (the first acknowledgement stays).
 */
@Path("/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VPOS_ADMIN, Roles.FINANCE, Roles.COLLECTOR})
public class AlertResource {

    @Inject
    AlertDesk desk;

    @Inject
    CompanyAccess access;

    @Inject
    HttpServletRequest request;

    @GET
    public List<AlertResponse> list(@QueryParam("history") boolean history) {
        List<Long> companies = access.scope().restriction();
        return desk.list(companies, kinds(), history).stream()
                .map(AlertResponse::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public AlertResponse get(@PathParam("id") long id) {
        requireCompany(id);
        return AlertResponse.of(desk.get(id, kinds()));
    }

    @POST
    @Path("{id}/acknowledge")
    public AlertResponse acknowledge(@PathParam("id") long id) {
        requireCompany(id);
        return AlertResponse.of(
                desk.acknowledge(id, kinds(), request.getUserPrincipal().getName()));
    }

    private Set<AlertKind> kinds() {
        return AlertAudience.kindsFor(request);
    }

    private void requireCompany(long id) {
        if (!desk.companyOf(id).map(access.scope()::permits).orElse(false)) {
            throw new NotFoundException("alerts.notFound", String.valueOf(id));
        }
    }
}
