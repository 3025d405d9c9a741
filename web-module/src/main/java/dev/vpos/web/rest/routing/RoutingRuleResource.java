package dev.vpos.web.rest.routing;

import dev.vpos.routing.application.RoutingRules;
import dev.vpos.routing.domain.RuleKind;
import dev.vpos.routing.domain.RuleSpec;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A company's routing rules in their order (docs/routing.md): admins replace the list, everyone who takes or reads
 * the company's payments may see it. An empty list turns routing off (the company's default definition is used).
 */
@Path("/companies/{companyId}/routing-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoutingRuleResource {

    @Inject
    RoutingRules rules;

    @Inject
    CompanyAccess access;

    @Context
    SecurityContext security;

    @PathParam("companyId")
    long companyId;

    @GET
    @RolesAllowed({Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR})
    public List<RoutingRuleResponse> get() {
        access.requireCompany(companyId);
        return rules.of(companyId).stream().map(RoutingRuleResponse::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VPOS_ADMIN)
    public List<RoutingRuleResponse> put(RoutingRulesRequest body) {
        access.requireCompany(companyId);
        if (body == null || body.rules == null) {
            throw new InvalidInputException(FieldError.of("rules", "field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        List<RuleSpec> specs = new ArrayList<>();
        for (int i = 0; i < body.rules.size(); i++) {
            RoutingRulesRequest.Rule r = body.rules.get(i);
            RuleKind kind = kind(r == null ? null : r.kind);
            if (r == null || kind == null) {
                errors.add(FieldError.of("rules[" + i + "].kind", "routing.kindRequired"));
                continue;
            }
            specs.add(new RuleSpec(kind, r.matchValue, r.definitionId));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return rules.replace(companyId, specs, security.getUserPrincipal().getName()).stream()
                .map(RoutingRuleResponse::of)
                .toList();
    }

    private static RuleKind kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return RuleKind.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
