package dev.vpos.web.rest.routing;

import dev.vpos.routing.application.InstallmentCampaigns;
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
 * A company's plus-installment campaigns (docs/routing.md): admins replace the list, everyone who takes or reads the
 * company's payments may see it. They change what is shown with the installments, never what is sent to the bank.
 */
@Path("/companies/{companyId}/installment-campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstallmentCampaignResource {

    @Inject
    InstallmentCampaigns campaigns;

    @Inject
    CompanyAccess access;

    @Context
    SecurityContext security;

    @PathParam("companyId")
    long companyId;

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR})
    public List<InstallmentCampaignResponse> get() {
        access.requireCompany(companyId);
        return campaigns.of(companyId).stream()
                .map(InstallmentCampaignResponse::of)
                .toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public List<InstallmentCampaignResponse> put(InstallmentCampaignsRequest body) {
        access.requireCompany(companyId);
        if (body == null || body.campaigns == null) {
            throw new InvalidInputException(FieldError.of("campaigns", "field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        List<InstallmentCampaigns.Entry> entries = new ArrayList<>();
        for (int i = 0; i < body.campaigns.size(); i++) {
            InstallmentCampaignsRequest.Campaign c = body.campaigns.get(i);
            String at = "campaigns[" + i + "].";
            if (c == null) {
                errors.add(FieldError.of("campaigns[" + i + "]", "field.required"));
                continue;
            }
            LocalDate from = date(c.validFrom, at + "validFrom", errors);
            LocalDate to = date(c.validTo, at + "validTo", errors);
            entries.add(
                    new InstallmentCampaigns.Entry(c.programme, c.extraInstallments, c.minimumInstallments, from, to));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return campaigns.replace(companyId, entries, security.getUserPrincipal().getName()).stream()
                .map(InstallmentCampaignResponse::of)
                .toList();
    }

    /** The date, or null: missing is refused by the campaign's own check, a text that is no date here. */
    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "campaign.date"));
            return null;
        }
    }
}
