package dev.vpos.web.rest.definitions;

import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The bank families the module can talk to, each with its credential schema (the definitions form is built from it). */
@Path("/gateway-families")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GatewayFamilyResource {

    @Inject
    GatewayRegistry gateways;

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.AUDITOR})
    public List<FamilyResponse> families() {
        return gateways.schemas().stream().map(FamilyResponse::of).toList();
    }
}
