package dev.vpos.web.rest.returncodes;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.returncodes.application.ReturnCodeAdmin;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The return-code catalog: {@code GET /return-codes[?family=EST][&unclassified=true]} lists the catalog and the
 * unknown codes met at the banks (flagged UNCLASSIFIED with how often and when last); {@code PUT
 * /return-codes/{family}/{code}} classifies one (reason, messages in English and Turkish, retry, fraud flag).
 */
@Path("/return-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReturnCodeResource {

    /** PUT body. */
    public static class Classification {
        public String reason;
        public String messageEn;
        public String messageTr;
        public boolean retryable;
        public boolean fraudSuspected;
    }

    @Inject
    ReturnCodeAdmin admin;

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.FINANCE, Roles.AUDITOR})
    public List<ReturnCodeResponse> list(
            @QueryParam("family") String family, @QueryParam("unclassified") boolean unclassified) {
        GatewayFamily f = null;
        if (family != null && !family.isBlank()) {
            try {
                f = GatewayFamily.valueOf(family);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(FieldError.of("family", "cutoff.family", family));
            }
        }
        return admin.list(f, unclassified).stream().map(ReturnCodeResponse::of).toList();
    }

    @PUT
    @Path("/{family}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public ReturnCodeResponse classify(
            @PathParam("family") String family, @PathParam("code") String code, Classification body) {
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return ReturnCodeResponse.of(admin.classify(
                family, code, body.reason, body.messageEn, body.messageTr, body.retryable, body.fraudSuspected));
    }
}
