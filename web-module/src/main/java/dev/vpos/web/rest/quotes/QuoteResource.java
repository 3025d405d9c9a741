package dev.vpos.web.rest.quotes;

import dev.vpos.collection.application.QuoteService;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /quotes?companyId=&amount=&currency=&installments=[&definitionId=][&bin=]}: the definition routing
 * proposes for a payment (with the card's first 6 to 8 digits, its BIN row decides), why, and what it costs
 * (commission, net amount, value date) before anything is charged.
 */
@Path("/quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    @Inject
    QuoteService quotes;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public QuoteResponse quote(
            @QueryParam("companyId") Long companyId,
            @QueryParam("definitionId") Long definitionId,
            @QueryParam("amount") String amount,
            @QueryParam("currency") String currency,
            @QueryParam("installments") Integer installments,
            @QueryParam("bin") String bin) {
        access.requireCompanyField(companyId);
        return QuoteResponse.of(quotes.quote(companyId, definitionId, amount, currency, installments, bin));
    }
}
