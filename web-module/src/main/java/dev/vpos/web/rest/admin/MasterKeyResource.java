package dev.vpos.web.rest.admin;

import dev.vpos.definitions.application.MasterKeyRotation;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The master key that seals VPOS credentials: its status, rotation and retirement of old keys (admins only). */
@Path("/admin/master-key")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VPOS_ADMIN)
public class MasterKeyResource {

    @Inject
    MasterKeyRotation rotation;

    @Context
    SecurityContext security;

    @GET
    public KeyStatusResponse status() {
        return KeyStatusResponse.of(rotation.status());
    }

    /** New current key (file mode) and every secret re-sealed under it; old keys stay until retired. */
    @POST
    @Path("/rotation")
    public KeyStatusResponse rotate() {
        return KeyStatusResponse.of(rotation.rotate(security.getUserPrincipal().getName()));
    }

    /** Re-seals anything left under old keys, then drops them. Run when every node uses the new key. */
    @POST
    @Path("/retirement")
    public KeyStatusResponse retire() {
        return KeyStatusResponse.of(rotation.retire(security.getUserPrincipal().getName()));
    }
}
