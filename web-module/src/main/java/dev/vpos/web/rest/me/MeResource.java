package dev.vpos.web.rest.me;

import dev.vpos.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Who is signed in and with which roles: the screens use it to show what the user may do. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> ALL_ROLES =
            List.of(Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR, Roles.PORTAL_CLIENT);

    /**
     * The caller, the module roles they hold, and the business day and zone (the screens' "today" is the business
     * day, not the browser's: at 00:30 in Istanbul a browser on UTC is still on yesterday).
     */
    public record Me(String user, List<String> roles, String businessZone, LocalDate businessDate) {}

    @Context
    SecurityContext security;

    @Inject
    Clock clock;

    @GET
    public Me me() {
        return new Me(
                security.getUserPrincipal().getName(),
                ALL_ROLES.stream().filter(security::isUserInRole).toList(),
                clock.getZone().getId(),
                LocalDate.now(clock));
    }
}
