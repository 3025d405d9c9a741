package dev.vpos.web.rest.companies;

import dev.vpos.branding.application.CompanyLogos;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.web.access.CompanyAccess;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /companies/{companyId}/logo}: the company's logo on the payer's page. An administrator uploads it (PUT, the
 * image as the body: PNG or JPEG, at most 200 KB, checked by its bytes), replaces or removes it; staff may look at it.
 * The payer's page serves it to payers through the checkout session ({@code /vpos/pay/{id}/logo}).
 */
@Path("/companies/{companyId}/logo")
@RequestScoped
public class CompanyLogoResource {

    /** What an upload answers: the new logo's version. */
    public record LogoResponse(String version) {}

    @Inject
    CompanyLogos logos;

    @Inject
    CompanyAccess access;

    @Inject
    ErpPort erp;

    @PUT
    @RolesAllowed(Roles.VPOS_ADMIN)
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "the logo is in place; 400 on field logo for another kind of file")
    public LogoResponse upload(
            @PathParam("companyId") long companyId, InputStream body, @Context SecurityContext security)
            throws IOException {
        requireCompany(companyId);
        // one byte more than allowed is enough to refuse a file that is too large
        byte[] bytes = body.readNBytes(dev.vpos.branding.domain.CompanyLogo.MAX_BYTES + 1);
        return new LogoResponse(
                logos.upload(companyId, bytes, security.getUserPrincipal().getName()));
    }

    @DELETE
    @RolesAllowed(Roles.VPOS_ADMIN)
    @APIResponse(responseCode = "204", description = "the company has no logo any more")
    public Response remove(@PathParam("companyId") long companyId) {
        requireCompany(companyId);
        logos.remove(companyId);
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR})
    @Produces({"image/png", "image/jpeg"})
    public Response logo(@PathParam("companyId") long companyId) {
        requireCompany(companyId);
        CompanyLogos.Logo logo =
                logos.logo(companyId).orElseThrow(() -> new NotFoundException("error.notFound", "logo " + companyId));
        return Response.ok(logo.bytes(), logo.contentType()).build();
    }

    /** An unknown company and one the caller may not see answer the same 404. */
    private void requireCompany(long companyId) {
        if (!access.scope().permits(companyId) || erp.company(companyId).isEmpty()) {
            throw new NotFoundException("error.notFound", "company " + companyId);
        }
    }
}
