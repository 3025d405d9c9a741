package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.ImportRegistry;
import dev.vpos.reconciliation.application.MappingAdmin;
import dev.vpos.reconciliation.application.Reconciliations;
import dev.vpos.reconciliation.application.Resolutions;
import dev.vpos.reconciliation.application.StatementImports;
import dev.vpos.reconciliation.application.Views;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.rest.PageParams;
import dev.vpos.web.rest.PageResponse;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Financial Accounting › Bank › Credit Card Batches › Reconciliation: the banks' settlement files imported with a
 * mapping per bank, matched to the batch records, the differences resolved and the day closed. One root resource for
 * every sub-path (mappings, imports, days).
 */
@Path("/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    /** Body of explain / reopen / manual-batch. */
    public static class ResolutionRequest {
        public String reason;
        public Long customerAccountId;
    }

    @Inject
    Reconciliations reconciliations;

    @Inject
    MappingAdmin mappings;

    @Inject
    StatementImports imports;

    @Inject
    ImportRegistry importRegistry;

    @Inject
    Resolutions resolutions;

    @Context
    SecurityContext security;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @GET
    @Path("/definitions")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public List<DefinitionChoiceResponse> definitions() {
        return access.filter(reconciliations.definitions(), Views.DefinitionChoice::companyId).stream()
                .map(DefinitionChoiceResponse::of)
                .toList();
    }

    // ---- mappings -------------------------------------------------------------------------------------------------

    @GET
    @Path("/mappings")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public List<MappingResponse> mappings() {
        return mappings.list().stream().map(MappingResponse::of).toList();
    }

    @GET
    @Path("/mappings/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public MappingResponse mapping(@PathParam("id") long id) {
        return MappingResponse.of(mappings.get(id));
    }

    @POST
    @Path("/mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "the mapping",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = MappingResponse.class)))
    public Response createMapping(MappingRequest body) {
        Views.MappingView created = mappings.create(required(body).toDraft(), actor());
        return Response.created(URI.create("reconciliation/mappings/" + created.id()))
                .entity(MappingResponse.of(created))
                .build();
    }

    @PUT
    @Path("/mappings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public MappingResponse updateMapping(@PathParam("id") long id, MappingRequest body) {
        return MappingResponse.of(mappings.update(id, required(body).toDraft(), body.version, actor()));
    }

    // ---- imports --------------------------------------------------------------------------------------------------

    /**
     * The file is the raw body (CSV as the bank sent it). 202 with the import (IMPORTING); poll
     * {@code GET /imports/{id}} for {@code processed} of {@code total} and the result. A malformed file: 400 with
     * "line N: reason" for its first problems, nothing stored.
     */
    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "202",
            description = "the import, started: poll it until it is done",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResponse.class)))
    public Response upload(
            @QueryParam("definitionId") Long definitionId,
            @QueryParam("mappingId") Long mappingId,
            @QueryParam("date") String date,
            @QueryParam("fileName") String fileName,
            InputStream body)
            throws IOException {
        access.requireDefinitionField(definitionId, "reconciliation.definition");
        byte[] content = read(body, imports.maxFileBytes() + 1);
        Views.ImportView started =
                imports.start(new StatementImports.Upload(definitionId, mappingId, date, fileName, content), actor());
        return Response.accepted(ImportResponse.of(started))
                .location(URI.create("reconciliation/imports/" + started.id()))
                .build();
    }

    @GET
    @Path("/imports/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public ImportResponse importProgress(@PathParam("id") long id) {
        access.requireStatementImport(id);
        return ImportResponse.of(importRegistry.view(id));
    }

    // ---- days -----------------------------------------------------------------------------------------------------

    @GET
    @Path("/days")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public List<DayResponse> days(@QueryParam("definitionId") Long definitionId, @QueryParam("date") String date) {
        return access.filter(reconciliations.days(definitionId, date(date)), Views.DayView::companyId).stream()
                .map(DayResponse::of)
                .toList();
    }

    @GET
    @Path("/days/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public DayResponse day(@PathParam("id") long id) {
        access.requireReconciliationDay(id);
        return DayResponse.of(reconciliations.day(id));
    }

    @GET
    @Path("/days/{id}/differences")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public PageResponse<ItemResponse> differences(
            @PathParam("id") long id,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        PageParams.check(page, size);
        access.requireReconciliationDay(id);
        return PageResponse.of(reconciliations.differences(id, status, page, size), ItemResponse::of);
    }

    @GET
    @Path("/days/{id}/lines")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public PageResponse<ItemResponse> lines(
            @PathParam("id") long id,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        PageParams.check(page, size);
        access.requireReconciliationDay(id);
        return PageResponse.of(reconciliations.lines(id, status, page, size), ItemResponse::of);
    }

    @GET
    @Path("/days/{id}/audit")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public List<ReconciliationAuditResponse> audit(@PathParam("id") long id) {
        access.requireReconciliationDay(id);
        return reconciliations.audit(id).stream()
                .map(ReconciliationAuditResponse::of)
                .toList();
    }

    @POST
    @Path("/days/{id}/lines/{lineId}/explain")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public ItemResponse explainLine(
            @PathParam("id") long id, @PathParam("lineId") long lineId, ResolutionRequest body) {
        access.requireReconciliationDay(id);
        return ItemResponse.of(resolutions.explainLine(id, lineId, required(body).reason, actor()));
    }

    @POST
    @Path("/days/{id}/lines/{lineId}/manual-batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public ItemResponse manualBatch(
            @PathParam("id") long id, @PathParam("lineId") long lineId, ResolutionRequest body) {
        access.requireReconciliationDay(id);
        ResolutionRequest b = required(body);
        return ItemResponse.of(resolutions.enterManualBatch(id, lineId, b.customerAccountId, b.reason, actor()));
    }

    @POST
    @Path("/days/{id}/lines/{lineId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public ItemResponse reopenLine(@PathParam("id") long id, @PathParam("lineId") long lineId, ResolutionRequest body) {
        access.requireReconciliationDay(id);
        return ItemResponse.of(resolutions.reopenLine(id, lineId, body == null ? null : body.reason, actor()));
    }

    @POST
    @Path("/days/{id}/missing/{batchId}/explain")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public DayResponse explainMissing(
            @PathParam("id") long id, @PathParam("batchId") long batchId, ResolutionRequest body) {
        access.requireReconciliationDay(id);
        resolutions.explainMissing(id, batchId, required(body).reason, actor());
        return DayResponse.of(reconciliations.day(id));
    }

    @POST
    @Path("/days/{id}/missing/{batchId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public DayResponse reopenMissing(
            @PathParam("id") long id, @PathParam("batchId") long batchId, ResolutionRequest body) {
        access.requireReconciliationDay(id);
        resolutions.reopenMissing(id, batchId, body == null ? null : body.reason, actor());
        return DayResponse.of(reconciliations.day(id));
    }

    @POST
    @Path("/days/{id}/close")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public DayResponse close(@PathParam("id") long id) {
        access.requireReconciliationDay(id);
        return DayResponse.of(resolutions.close(id, actor()));
    }

    @POST
    @Path("/days/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public DayResponse reopenDay(@PathParam("id") long id, ResolutionRequest body) {
        access.requireReconciliationDay(id);
        return DayResponse.of(resolutions.reopenDay(id, required(body).reason, actor()));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return body;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of("date", "batches.date"));
        }
    }

    /** At most {@code limit} bytes: a longer body is cut there, and refused as too large by the import. */
    private static byte[] read(InputStream in, long limit) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() >= limit) {
                break;
            }
        }
        return out.toByteArray();
    }
}
