package dev.vpos.web.rest.checkout;

import dev.vpos.checkout.application.CheckoutCommand;
import dev.vpos.checkout.application.CheckoutService;
import dev.vpos.checkout.application.CheckoutView;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Portal checkout sessions: {@code POST} creates one (201 with the hosted page's path), {@code GET} reads it. The
 * portal never sees the card: it sends the payer to {@code paymentPath}.
 */
@Path("/checkout-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CheckoutResource {

    /** POST body. */
    public static class CheckoutRequest {
        public Long companyId;
        public Long customerAccountId;
        /** ORDER or BALANCE. */
        public String purpose;

        public String reference;
        public String amount;
        public String currency;
        public String returnUrl;
        public String notificationUrl;
        /** The payer's language on the hosted page (tr, en, ar, el, it, ru; a tag such as ar-SA); optional. */
        public String locale;
        /**
         * SALE (default) or PRE_AUTH: the payer's payment only reserves the amount (an authorisation hold), captured
         * or voided later through {@code POST /collections/{reference}/capture} and {@code /void}.
         */
        public String kind;
    }

    @Inject
    CheckoutService checkout;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PORTAL_CLIENT, Roles.VPOS_ADMIN})
    @APIResponse(
            responseCode = "201",
            description = "the checkout session: where to send the payer",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = CheckoutResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "the same Idempotency-Key again: the session it made",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = CheckoutResponse.class)))
    public Response create(CheckoutRequest r, @HeaderParam("Idempotency-Key") String key) {
        if (r == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        access.requireCompanyField(r.companyId);
        CheckoutView v = checkout.create(
                new CheckoutCommand(
                        r.companyId,
                        r.customerAccountId,
                        r.purpose,
                        r.reference,
                        r.amount,
                        r.currency,
                        r.returnUrl,
                        r.notificationUrl,
                        key,
                        r.locale,
                        r.kind),
                security.getUserPrincipal().getName());
        return Response.status(v.replayed() ? 200 : 201)
                .location(URI.create("checkout-sessions/" + v.id()))
                .entity(CheckoutResponse.of(v))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PORTAL_CLIENT, Roles.VPOS_ADMIN, Roles.FINANCE})
    public CheckoutResponse find(@PathParam("id") String id) {
        access.requireCheckoutSession(id);
        boolean staff = security.isUserInRole(Roles.VPOS_ADMIN) || security.isUserInRole(Roles.FINANCE);
        return CheckoutResponse.of(checkout.find(id, security.getUserPrincipal().getName(), staff));
    }
}
