package dev.vpos.web.rest.txlog;

import dev.vpos.returncodes.application.ReasonTexts;
import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Language;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.txlog.application.DeclineReasons;
import dev.vpos.txlog.application.LogFilter;
import dev.vpos.txlog.application.LogListing;
import dev.vpos.txlog.application.LogPruning;
import dev.vpos.txlog.application.OutcomeCount;
import dev.vpos.txlog.application.PruningStore;
import dev.vpos.txlog.domain.PruningRun;
import dev.vpos.web.rest.PageResponse;
import dev.vpos.web.rest.errors.CallerLocale;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * System › Return-Code Log: every bank interaction, approved or not, filtered, sorted and paged on the server; one
 * interaction in full (masked request and response); the decline-reason chart per bank for a period; and the
 * retention policy's pruning (run now, and the record of every run). All sub-paths live here: a second root resource
 * under {@code /transaction-log} would hide these GETs.
 */
@Path("/transaction-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransactionLogResource {

    /** A page of the log and the filter's count per outcome (the counts add up to {@code total}). */
    public record LogPage(List<InteractionRow> items, int page, int size, long total, List<OutcomeCount> totals) {}

    /** A unified reason and its text in the caller's language (the screen's reason filter). */
    public record ReasonLabel(String reason, String text) {}

    /** What one pruning run did for one company. */
    public record PruningRunView(
            long id,
            long companyId,
            int retentionMonths,
            OffsetDateTime cutoff,
            long deleted,
            long keptOpen,
            String triggeredBy,
            String actor,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String failure) {

        static PruningRunView of(PruningRun r) {
            return new PruningRunView(
                    r.getId(),
                    r.getCompanyId(),
                    r.getRetentionMonths(),
                    r.getCutoff(),
                    r.getDeleted(),
                    r.getKeptOpen(),
                    r.getTriggeredBy(),
                    r.getActor(),
                    r.getStartedAt(),
                    r.getFinishedAt(),
                    r.getFailure());
        }
    }

    @Inject
    LogListing listing;

    @Inject
    DeclineReasons declineReasons;

    @Inject
    LogPruning pruning;

    @Inject
    PruningStore runs;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public LogPage list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("companyId") String companyId,
            @QueryParam("definitionId") String definitionId,
            @QueryParam("family") String family,
            @QueryParam("operation") String operation,
            @QueryParam("outcome") String outcome,
            @QueryParam("bankCode") String bankCode,
            @QueryParam("reason") String reason,
            @QueryParam("collectionId") String collectionId,
            @QueryParam("q") String text,
            @QueryParam("sort") String sort,
            @QueryParam("direction") String direction,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = intParam(page, "page", 0, 0, Integer.MAX_VALUE, "page.range", errors);
        int s = intParam(size, "size", 50, 1, Page.MAX_SIZE, "size.range", errors);
        LogFilter f = null;
        try {
            f = LogFilter.parse(
                    new LogFilter.Raw(
                            from,
                            to,
                            companyId,
                            definitionId,
                            family,
                            operation,
                            outcome,
                            bankCode,
                            reason,
                            collectionId,
                            text,
                            sort,
                            direction),
                    listing.zone());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LogListing.Listing l = listing.page(f.within(access.scope().restriction()), p, s);
        Locale locale = CallerLocale.of(headers);
        return new LogPage(
                l.page().items().stream().map(r -> InteractionRow.of(r, locale)).toList(),
                p,
                s,
                l.page().total(),
                l.totals());
    }

    @GET
    @Path("/{id: [0-9]+}")
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public InteractionResponse entry(@PathParam("id") long id) {
        access.requireInteraction(id);
        return listing.entry(id)
                .map(e -> InteractionResponse.of(e, CallerLocale.of(headers)))
                .orElseThrow(() -> new NotFoundException("txlog.notFound", "interaction " + id));
    }

    @GET
    @Path("/decline-reasons")
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public DeclineChartResponse declineReasons(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("companyId") String companyId,
            @QueryParam("definitionId") String definitionId,
            @QueryParam("family") String family,
            @QueryParam("operation") String operation) {
        LogFilter f = LogFilter.parse(
                LogFilter.Raw.period(from, to, companyId, definitionId, family, operation), listing.zone());
        return DeclineChartResponse.of(
                declineReasons.chart(f.within(access.scope().restriction())), CallerLocale.of(headers));
    }

    @GET
    @Path("/reasons")
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public List<ReasonLabel> reasons() {
        Locale locale = CallerLocale.of(headers);
        return Arrays.stream(UnifiedReason.values())
                .map(r -> new ReasonLabel(r.name(), ReasonTexts.text(r.name(), Language.of(locale))))
                .toList();
    }

    /** Applies the retention policy now (what the nightly schedule does); 409 while a run is in progress. */
    @POST
    @Path("/prune")
    @RolesAllowed(Roles.VPOS_ADMIN)
    public PruningReportResponse prune() {
        return PruningReportResponse.of(pruning.pruneAll(
                PruningRun.Trigger.MANUAL, security.getUserPrincipal().getName()));
    }

    @GET
    @Path("/prune-runs")
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public PageResponse<PruningRunView> pruneRuns(
            @QueryParam("companyId") String companyId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        long company = longParam(companyId, "companyId", 0, 1, Long.MAX_VALUE, "txlog.id", errors);
        int p = intParam(page, "page", 0, 0, Integer.MAX_VALUE, "page.range", errors);
        int s = intParam(size, "size", 50, 1, Page.MAX_SIZE, "size.range", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return PageResponse.of(
                runs.runs(company == 0 ? null : company, access.scope().restriction(), p, s), PruningRunView::of);
    }

    /** A whole number within bounds, or {@code absent} when not given; a bad one is a field error. */
    private static int intParam(
            String value, String field, int absent, int min, int max, String key, List<FieldError> errors) {
        return (int) longParam(value, field, absent, min, max, key, errors);
    }

    private static long longParam(
            String value, String field, long absent, long min, long max, String key, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(field, key, Page.MAX_SIZE));
        return absent;
    }
}
