package dev.vpos.web.rest.companies;

import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.savedcards.application.SavedCards;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Look-ups for payment screens and the portal: companies and their customer accounts; and the customers' saved
 * cards (finance and admins). Everything under {@code /companies} lives here: a second root resource on the same
 * prefix would hide these GETs.
 */
@Path("/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COLLECTOR, Roles.PORTAL_CLIENT, Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
public class CompanyResource {

    @Inject
    ErpPort erp;

    @Inject
    SavedCards savedCards;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @GET
    public List<CompanyResponse> companies() {
        return access.filter(erp.companies(), CompanyRef::id).stream()
                .map(CompanyResponse::of)
                .toList();
    }

    @GET
    @Path("/{companyId}/customer-accounts")
    public List<CustomerAccountResponse> customerAccounts(@PathParam("companyId") long companyId) {
        requireCompany(companyId);
        return erp.customerAccounts(companyId).stream()
                .map(CustomerAccountResponse::of)
                .toList();
    }

    /** An open invoice or order of a customer, for the online-collection screen. */
    public record OpenDocument(
            long id,
            String type,
            String number,
            java.math.BigDecimal total,
            java.math.BigDecimal open,
            String currency,
            java.time.LocalDate dueDate) {}

    @GET
    @Path("/{companyId}/customer-accounts/{accountId}/open-documents")
    public List<OpenDocument> openDocuments(
            @PathParam("companyId") long companyId, @PathParam("accountId") long accountId) {
        requireCompany(companyId);
        return erp.openDocuments(companyId, accountId).stream()
                .map(d -> new OpenDocument(
                        d.id(),
                        d.type(),
                        d.number(),
                        d.total().amount(),
                        d.open().amount(),
                        d.open().currencyCode(),
                        d.dueDate()))
                .toList();
    }

    /**
     * The cards providers keep for a customer account (myPOS tokens, saved with the payer's consent): what finance and
     * admins may see of them — never the token, only the last four digits, brand and expiry.
     */
    @GET
    @Path("/{companyId}/customer-accounts/{accountId}/saved-cards")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    public List<SavedCardResponse> savedCards(
            @PathParam("companyId") long companyId, @PathParam("accountId") long accountId) {
        requireCompany(companyId);
        return savedCards.of(companyId, accountId).stream()
                .map(SavedCardResponse::of)
                .toList();
    }

    /** Deletes a saved card: it is no longer offered to the payer. 204; 404 for a card of another customer. */
    @DELETE
    @Path("/{companyId}/customer-accounts/{accountId}/saved-cards/{cardId}")
    @RolesAllowed({Roles.FINANCE, Roles.VPOS_ADMIN})
    @APIResponse(responseCode = "204", description = "the saved card is deleted")
    public Response deleteSavedCard(
            @PathParam("companyId") long companyId,
            @PathParam("accountId") long accountId,
            @PathParam("cardId") long cardId,
            @Context SecurityContext security) {
        requireCompany(companyId);
        savedCards.delete(
                companyId, accountId, cardId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    /** An unknown company and one the caller may not see answer the same 404. */
    private void requireCompany(long companyId) {
        if (!access.scope().permits(companyId) || erp.company(companyId).isEmpty()) {
            throw new NotFoundException("error.notFound", "company " + companyId);
        }
    }
}
