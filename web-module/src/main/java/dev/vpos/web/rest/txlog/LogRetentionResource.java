package dev.vpos.web.rest.txlog;

import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.txlog.application.LogRetentionPolicy;
import dev.vpos.txlog.application.LogRetentionPolicy.RetentionView;
import dev.vpos.txlog.domain.LogRetention;
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
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * How long each company keeps its return-code log: {@code GET /log-retention} (every company), {@code GET|PUT|DELETE
 * /log-retention/{companyId}} with {@code {"months": 1..120}}; DELETE goes back to the default. Its own root path, so
 * it hides nothing under {@code /companies} or {@code /transaction-log}.
 */
@Path("/log-retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogRetentionResource {

    /** PUT body; {@code months} is read as any JSON value so a wrong type is a field error, not a parse failure. */
    public static class RetentionRequest {
        public Object months;
    }

    @Inject
    LogRetentionPolicy policy;

    @Context
    SecurityContext security;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public List<RetentionResponse> all() {
        return access.filter(policy.all(), RetentionView::companyId).stream()
                .map(RetentionResponse::of)
                .toList();
    }

    @GET
    @Path("/{companyId: [0-9]+}")
    @RolesAllowed({Roles.AUDITOR, Roles.FINANCE, Roles.VPOS_ADMIN})
    public RetentionResponse of(@PathParam("companyId") long companyId) {
        access.requireCompany(companyId);
        return RetentionResponse.of(policy.of(companyId));
    }

    @PUT
    @Path("/{companyId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public RetentionResponse set(@PathParam("companyId") long companyId, RetentionRequest body) {
        return RetentionResponse.of(
                policy.set(companyId, months(body), security.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("/{companyId: [0-9]+}")
    @RolesAllowed(Roles.VPOS_ADMIN)
    public RetentionResponse reset(@PathParam("companyId") long companyId) {
        return RetentionResponse.of(
                policy.reset(companyId, security.getUserPrincipal().getName()));
    }

    private static Integer months(RetentionRequest body) {
        Object value = body == null ? null : body.months;
        if (value == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.toString().trim());
            return n.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(
                    FieldError.of("months", "field.range", LogRetention.MIN_MONTHS, LogRetention.MAX_MONTHS));
        }
    }
}
