package dev.vpos.web.rest.paylinks;

import dev.vpos.paylinks.application.PaymentLinks;
import dev.vpos.paylinks.application.SendLinkCommand;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.access.CompanyAccess;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /companies/{companyId}/payment-links} (issue #18, pay-by-link): a collector sends a customer a link to pay
 * a document or an amount on the hosted page; the link is mailed to the customer account's address (or the one
 * given) and answered for copying; the company's links are listed with their state; one can be resent or cancelled.
 */
@Path("/companies/{companyId}/payment-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COLLECTOR, Roles.VPOS_ADMIN})
public class PaymentLinkResource {

    /** POST body. */
    public static class SendLinkRequest {
        public Long customerAccountId;
        /** The invoice or order it settles (optional: a payment on account). */
        public Long documentId;

        public String amount;
        public String currency;
        /** Where the link goes; empty: the customer account's address. */
        public String email;
        /** The payer's language: tr, en, ar, el, it or ru. */
        public String language;
        /** How long it may be paid (minutes; empty: the server's default, 3 days). */
        public Integer validMinutes;
    }

    @Inject
    PaymentLinks links;

    @Inject
    CompanyAccess access;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "the link, made and mailed (state SENT) or made with the mail's failure (state NOT_SENT)",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PaymentLinkResponse.class)))
    public Response send(@PathParam("companyId") long companyId, SendLinkRequest r) {
        access.requireCompany(companyId);
        if (r == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        PaymentLinkResponse link = PaymentLinkResponse.of(links.send(
                new SendLinkCommand(
                        companyId,
                        r.customerAccountId,
                        r.documentId,
                        r.amount,
                        r.currency,
                        r.email,
                        r.language,
                        r.validMinutes,
                        publicBase()),
                security.getUserPrincipal().getName()));
        return Response.status(Response.Status.CREATED).entity(link).build();
    }

    @GET
    @APIResponse(
            responseCode = "200",
            description = "the company's links, newest first",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PaymentLinkResponse.class)))
    public List<PaymentLinkResponse> list(@PathParam("companyId") long companyId) {
        access.requireCompany(companyId);
        return links.list(companyId, publicBase()).stream()
                .map(PaymentLinkResponse::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    public PaymentLinkResponse find(@PathParam("companyId") long companyId, @PathParam("id") long id) {
        access.requireCompany(companyId);
        return PaymentLinkResponse.of(links.find(companyId, id, publicBase()));
    }

    @POST
    @Path("/{id}/resend")
    @APIResponse(
            responseCode = "200",
            description = "mailed again; 409 paylink.notOpen once paid, expired or cancelled")
    public PaymentLinkResponse resend(@PathParam("companyId") long companyId, @PathParam("id") long id) {
        access.requireCompany(companyId);
        return PaymentLinkResponse.of(links.resend(companyId, id, publicBase()));
    }

    @POST
    @Path("/{id}/cancel")
    @APIResponse(
            responseCode = "200",
            description = "cancelled; 409 paylink.notCancellable once paid, expired or cancelled, 409 paylink.inFlight "
                    + "while a payment is at the bank")
    public PaymentLinkResponse cancel(@PathParam("companyId") long companyId, @PathParam("id") long id) {
        access.requireCompany(companyId);
        return PaymentLinkResponse.of(
                links.cancel(companyId, id, security.getUserPrincipal().getName(), publicBase()));
    }

    /** The server's address as the collector reached it (vpos.paylinks.publicBaseUrl overrides it). */
    private String publicBase() {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
    }
}
