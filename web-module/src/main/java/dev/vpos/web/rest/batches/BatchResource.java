package dev.vpos.web.rest.batches;

import dev.vpos.batches.application.BatchService;
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

/** Credit-card batch records, newest first, paged. */
@Path("/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    BatchService batches;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.COLLECTOR, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public PageResponse<BatchResponse> list(@QueryParam("companyId") Long companyId,
                                            @QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("50") int size) {
        PageParams.check(page, size);
        return PageResponse.of(batches.page(companyId, page, size), BatchResponse::of);
    }
}
