package dev.vpos.web.rest.batches;

import dev.vpos.batches.application.BatchCursor;
import dev.vpos.batches.application.BatchFilter;
import dev.vpos.batches.application.BatchListing;
import dev.vpos.batches.application.BatchRow;
import dev.vpos.batches.application.BatchTotals;
import dev.vpos.collection.application.BatchDetails;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.rest.PageParams;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Financial Accounting › Bank › Credit Card Batches: every VPOS transaction, filtered, sorted and paged on the server,
 * with totals per currency for the filter; {@code /batches/export.csv} and {@code /batches/export.xlsx} stream the
 * whole filtered list; {@code /batches/{id}} opens one record with its collection's history and bank interactions.
 */
@Path("/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    /**
     * A page of the listing and the filter's totals per currency; {@code next}: the cursor of the following page
     * ({@code after=next}), null on the last page and when sorted by state (offset pages only).
     */
    public record BatchPage(
            List<BatchRow> items, int page, int size, long total, List<BatchTotals> totals, String next) {}

    /** Roles that read the return-code log, hence a record's bank interactions. */
    private static final String[] LOG_READERS = {Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN};

    @Inject
    BatchListing listing;

    @Inject
    BatchDetails details;

    @Inject
    Clock clock;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.COLLECTOR, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public BatchPage list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("companyId") Long companyId,
            @QueryParam("definitionId") Long definitionId,
            @QueryParam("family") String family,
            @QueryParam("state") String state,
            @QueryParam("channel") String channel,
            @QueryParam("reconciliation") String reconciliation,
            @QueryParam("q") String text,
            @QueryParam("sort") String sort,
            @QueryParam("direction") @DefaultValue("desc") String direction,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("after") String after) {
        PageParams.check(page, size);
        BatchFilter f = filter(
                from, to, companyId, definitionId, family, state, channel, reconciliation, text, sort, direction);
        if (after != null && !after.isBlank()) {
            // keyset paging: the rows after the cursor, whatever "page" says
            BatchListing.Keyset k = listing.after(f, BatchCursor.decode(after, f), size);
            return new BatchPage(k.rows(), page, size, k.total(), k.totals(), cursor(k.next()));
        }
        BatchListing.Listing l = listing.page(f, page, size);
        var p = l.page();
        List<BatchRow> rows = p.items();
        boolean more = !rows.isEmpty() && (long) page * size + rows.size() < p.total();
        String next = more && BatchCursor.supports(f) ? cursor(BatchCursor.after(rows.get(rows.size() - 1), f)) : null;
        return new BatchPage(rows, p.page(), p.size(), p.total(), l.totals(), next);
    }

    private static String cursor(BatchCursor c) {
        return c == null ? null : c.encode();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "200",
            description = "the filtered list as CSV (UTF-8)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportCsv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("companyId") Long companyId,
            @QueryParam("definitionId") Long definitionId,
            @QueryParam("family") String family,
            @QueryParam("state") String state,
            @QueryParam("channel") String channel,
            @QueryParam("reconciliation") String reconciliation,
            @QueryParam("q") String text) {
        BatchFilter f =
                filter(from, to, companyId, definitionId, family, state, channel, reconciliation, text, null, "desc");
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(BatchCsv.HEADER);
            try {
                listing.each(f, row -> {
                    try {
                        w.write(BatchCsv.line(row));
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"card-batches.csv\"")
                .build();
    }

    /**
     * The filtered list as an .xlsx workbook, streamed row by row (constant memory); more rows than a sheet holds
     * (1,048,575 below the header) is refused up front with 400.
     */
    @GET
    @Path("/export.xlsx")
    @Produces(BatchXlsx.MEDIA_TYPE)
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "200",
            description = "the filtered list as an Excel workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("companyId") Long companyId,
            @QueryParam("definitionId") Long definitionId,
            @QueryParam("family") String family,
            @QueryParam("state") String state,
            @QueryParam("channel") String channel,
            @QueryParam("reconciliation") String reconciliation,
            @QueryParam("q") String text) {
        BatchFilter f =
                filter(from, to, companyId, definitionId, family, state, channel, reconciliation, text, null, "desc");
        long rows = listing.totals(f).stream().mapToLong(BatchTotals::count).sum();
        if (rows > BatchXlsx.MAX_ROWS) {
            throw new InvalidInputException(FieldError.of("export", "batches.xlsxRows", rows, BatchXlsx.MAX_ROWS));
        }
        StreamingOutput body = out -> {
            BatchXlsx xlsx = new BatchXlsx(out, clock.getZone());
            try {
                listing.each(f, row -> {
                    try {
                        xlsx.add(row);
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            xlsx.finish();
        };
        return Response.ok(body, BatchXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"card-batches.xlsx\"")
                .build();
    }

    /**
     * One record opened: its collection with the state history, the follow-ups, every bank interaction (for the roles
     * that read the return-code log; not for the others) and what a cancel would do now.
     */
    @GET
    @Path("/{id: [0-9]+}")
    @RolesAllowed({Roles.FINANCE, Roles.COLLECTOR, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public BatchDetailResponse detail(@PathParam("id") long id) {
        access.requireBatch(id);
        boolean readsLog = java.util.Arrays.stream(LOG_READERS).anyMatch(security::isUserInRole);
        return BatchDetailResponse.of(details.of(id, readsLog), CallerLocale.of(headers));
    }

    private BatchFilter filter(
            String from,
            String to,
            Long companyId,
            Long definitionId,
            String family,
            String state,
            String channel,
            String reconciliation,
            String text,
            String sort,
            String direction) {
        return new BatchFilter(
                date(from, "from"),
                date(to, "to"),
                companyId,
                definitionId,
                family,
                blank(state),
                blank(channel),
                blank(reconciliation),
                text,
                blank(sort),
                "asc".equalsIgnoreCase(direction),
                access.scope().restriction());
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of(field, "batches.date"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
