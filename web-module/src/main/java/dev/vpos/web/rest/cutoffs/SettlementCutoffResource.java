package dev.vpos.web.rest.cutoffs;

import dev.vpos.collection.application.FollowUpRecorder;
import dev.vpos.collection.domain.SettlementCutoff;
import dev.vpos.gateway.domain.GatewayFamily;
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
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The banks' day-end cut-offs per family, which decide whether a cancel voids (before) or refunds (after).
 * Read by finance; changed by an admin from the bank's contract.
 */
@Path("/settlement-cutoffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettlementCutoffResource {

    /** A family's cut-off: local time and its zone. */
    public record CutoffView(String family, String cutoff, String timeZone, String note) {

        static CutoffView of(SettlementCutoff c) {
            return new CutoffView(
                    c.getFamily().name(), c.cutoff().toString(), c.zone().getId(), c.getNote());
        }
    }

    /** PUT body. */
    public static class CutoffRequest {
        public String cutoff;
        public String timeZone;
        public String note;
    }

    @Inject
    FollowUpRecorder recorder;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
    public List<CutoffView> list() {
        return recorder.cutoffs().stream().map(CutoffView::of).toList();
    }

    @PUT
    @Path("/{family}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public CutoffView change(@PathParam("family") String family, CutoffRequest body) {
        List<FieldError> errors = new ArrayList<>();
        GatewayFamily f = null;
        try {
            f = GatewayFamily.valueOf(family);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("family", "cutoff.family", family));
        }
        LocalTime cutoff = null;
        ZoneId zone = null;
        try {
            cutoff = body == null || body.cutoff == null ? null : LocalTime.parse(body.cutoff);
        } catch (DateTimeException e) {
            cutoff = null;
        }
        if (cutoff == null) {
            errors.add(FieldError.of("cutoff", "cutoff.format"));
        }
        try {
            zone = ZoneId.of(body == null || body.timeZone == null ? "Europe/Istanbul" : body.timeZone);
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZone", "cutoff.zone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return CutoffView.of(recorder.changeCutoff(f, cutoff, zone, body.note));
    }
}
