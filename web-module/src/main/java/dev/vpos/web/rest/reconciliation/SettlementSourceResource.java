package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.SettlementFetcher;
import dev.vpos.reconciliation.application.SettlementSources;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.access.CompanyAccess;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * A definition's settlement source: the SFTP drop box its bank publishes the day-end files in (admins read and edit
 * it; secrets are never returned, only whether they are set), the history of its fetches (admins, finance, auditors)
 * and "fetch now" (admins, finance).
 */
@Path("/companies/{companyId}/vpos-definitions/{id}/settlement-source")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettlementSourceResource {

    @Inject
    SettlementSources sources;

    @Inject
    SettlementFetcher fetcher;

    @Inject
    CompanyAccess access;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @PathParam("companyId")
    long companyId;

    @PathParam("id")
    long definitionId;

    /** 200 with the source, 204 when none is set. */
    @GET
    @RolesAllowed(Roles.VPOS_ADMIN)
    public Response get() {
        access.requireCompany(companyId);
        return sources.get(companyId, definitionId)
                .map(v -> Response.ok(SettlementSourceResponse.of(v)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public SettlementSourceResponse put(SettlementSourceRequest request) {
        access.requireCompany(companyId);
        if (request == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return SettlementSourceResponse.of(sources.save(companyId, definitionId, request.toCommand(), actor()));
    }

    @GET
    @Path("/fetches")
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.FINANCE, Roles.AUDITOR})
    public List<FetchResponse> history() {
        access.requireCompany(companyId);
        return sources.history(companyId, definitionId).stream()
                .map(v -> FetchResponse.of(v, CallerLocale.of(headers)))
                .toList();
    }

    /** Fetches at once; 200 with the run (its outcome, files and reason), 409 while another run is under way. */
    @POST
    @Path("/fetches")
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.FINANCE})
    public FetchResponse fetchNow() {
        access.requireCompany(companyId);
        return FetchResponse.of(fetcher.fetchNow(companyId, definitionId, actor()), CallerLocale.of(headers));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
