package dev.vpos.web.rest.alerts;

import dev.vpos.alerts.application.AlertSettings;
import dev.vpos.alerts.application.AlertSettingsCommand;
import dev.vpos.alerts.domain.AlertKind;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's alert settings (docs/alerts.md): the rules with their thresholds, who gets the e-mails, and the
 * certificates and keys whose expiry an admin entered. Admins only; every field is checked, nothing changes on a 400.
 */
@Path("/companies/{companyId}/alert-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VPOS_ADMIN)
public class AlertSettingsResource {

    @Inject
    AlertSettings settings;

    @Inject
    CompanyAccess access;

    @Context
    SecurityContext security;

    @PathParam("companyId")
    long companyId;

    @GET
    public AlertSettingsResponse get() {
        access.requireCompany(companyId);
        return AlertSettingsResponse.of(settings.of(companyId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertSettingsResponse put(AlertSettingsRequest body) {
        access.requireCompany(companyId);
        if (body == null) {
            throw new InvalidInputException(FieldError.of("rules", "field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        List<AlertSettingsCommand.Rule> rules = new ArrayList<>();
        List<AlertSettingsRequest.Rule> sent = body.rules == null ? List.of() : body.rules;
        for (int i = 0; i < sent.size(); i++) {
            AlertSettingsRequest.Rule r = sent.get(i);
            AlertKind kind = r == null ? null : kind(r.kind);
            if (kind == null) {
                errors.add(FieldError.of("rules[" + i + "].kind", "alerts.kindUnknown"));
                continue;
            }
            rules.add(new AlertSettingsCommand.Rule(kind, r.enabled == null || r.enabled, r.threshold));
        }
        List<AlertSettingsCommand.Expiry> expiries = null;
        if (body.expiries != null) {
            expiries = new ArrayList<>();
            for (int i = 0; i < body.expiries.size(); i++) {
                AlertSettingsRequest.Expiry e = body.expiries.get(i);
                if (e == null) {
                    errors.add(FieldError.of("expiries[" + i + "].definitionId", "definition.notFound", "null"));
                    continue;
                }
                LocalDate date = date(e.expiresOn);
                if (date == null && e.expiresOn != null && !e.expiresOn.isBlank()) {
                    errors.add(FieldError.of("expiries[" + i + "].expiresOn", "alerts.dateRequired"));
                    continue;
                }
                expiries.add(new AlertSettingsCommand.Expiry(e.definitionId, e.label, date));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return AlertSettingsResponse.of(settings.replace(
                companyId,
                new AlertSettingsCommand(rules, body.recipients, expiries, body.mailLanguage),
                security.getUserPrincipal().getName()));
    }

    private static AlertKind kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return AlertKind.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
