package dev.vpos.web.rest.companies;

import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.CustomerAccountRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Look-ups for payment screens and the portal: companies and their customer accounts. */
@Path("/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COLLECTOR, Roles.PORTAL_CLIENT, Roles.FINANCE, Roles.AUDITOR, Roles.VPOS_ADMIN})
public class CompanyResource {

    @Inject
    ErpPort erp;

    @GET
    public List<CompanyRef> companies() {
        return erp.companies();
    }

    @GET
    @Path("/{companyId}/customer-accounts")
    public List<CustomerAccountRef> customerAccounts(@PathParam("companyId") long companyId) {
        requireCompany(companyId);
        return erp.customerAccounts(companyId);
    }

    /** An open invoice or order of a customer, for the online-collection screen. */
    public record OpenDocument(long id, String type, String number, java.math.BigDecimal total,
                               java.math.BigDecimal open, String currency, java.time.LocalDate dueDate) {
    }

    @GET
    @Path("/{companyId}/customer-accounts/{accountId}/open-documents")
    public List<OpenDocument> openDocuments(@PathParam("companyId") long companyId,
                                            @PathParam("accountId") long accountId) {
        requireCompany(companyId);
        return erp.openDocuments(companyId, accountId).stream().map(d -> new OpenDocument(d.id(), d.type(), d.number(),
                d.total().amount(), d.open().amount(), d.open().currencyCode(), d.dueDate())).toList();
    }

    private void requireCompany(long companyId) {
        if (erp.company(companyId).isEmpty()) {
            throw new NotFoundException("error.notFound", "company " + companyId);
        }
    }
}
