package dev.vpos.web.rest.approvals;

import dev.vpos.approvals.application.FourEyesSettings;
import dev.vpos.approvals.application.FourEyesSettings.Threshold;
import dev.vpos.approvals.application.FourEyesSettings.ThresholdInput;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.access.CompanyAccess;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * A company's four-eyes thresholds (one per currency; none = off): admins set them, finance and audit read them.
 */
@Path("/companies/{companyId}/four-eyes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FourEyesResource {

    @Inject
    FourEyesSettings settings;

    @Inject
    CompanyAccess access;

    @Context
    SecurityContext security;

    @PathParam("companyId")
    long companyId;

    /** The company's setting. */
    public record Setting(long companyId, boolean enabled, List<Threshold> thresholds) {}

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.FINANCE, Roles.AUDITOR})
    public Setting get() {
        access.requireCompany(companyId);
        return setting(settings.of(companyId));
    }

    /** Replaces the thresholds: {"thresholds": [{"currency": "TRY", "amount": "10000.00"}]}; [] turns four eyes off. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public Setting put(ThresholdsRequest body) {
        access.requireCompany(companyId);
        if (body == null || body.thresholds == null) {
            throw new InvalidInputException(FieldError.of("thresholds", "field.required"));
        }
        List<ThresholdInput> given = body.thresholds.stream()
                .map(e -> e == null ? null : new ThresholdInput(e.currency, e.amount))
                .toList();
        return setting(
                settings.replace(companyId, given, security.getUserPrincipal().getName()));
    }

    private Setting setting(List<Threshold> thresholds) {
        return new Setting(companyId, !thresholds.isEmpty(), thresholds);
    }
}
