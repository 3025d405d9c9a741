package dev.vpos.web.rest.txlog;

import dev.vpos.txlog.application.TransactionLog;
import dev.vpos.web.rest.PageParams;
import dev.vpos.web.rest.PageResponse;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The return-code log: every bank interaction, approved or not, newest first, paged. */
@Path("/transaction-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransactionLogResource {

    @Inject
    TransactionLog log;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public PageResponse<InteractionResponse> list(@QueryParam("collectionId") Long collectionId,
                                                  @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("50") int size) {
        PageParams.check(page, size);
        return PageResponse.of(log.page(collectionId, page, size), InteractionResponse::of);
    }
}
