package dev.vpos.web.rest;

import dev.vpos.web.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The module's REST API, version 1, under {@code /vpos/api/v1}. Its description is served at {@code /openapi} (browsed
 * at {@code /openapi/ui}); {@link ApiDocumentFilter} adds what annotations do not say (the error model, request ids).
 */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR, Roles.PORTAL_CLIENT})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "VPOS collections",
                        version = "1",
                        description =
                                "Card payments through the virtual POS accounts of an ERP's companies: collections"
                                        + " (sales, pre-authorisations) and their follow-ups, portal checkout sessions, the"
                                        + " credit-card batch listing, day-end reconciliation, the return-code log and the VPOS"
                                        + " definitions. Programs authenticate with HTTP Basic on every request; the roles each"
                                        + " operation needs are its security requirement's roles, and a user acts only in the"
                                        + " companies granted to them (docs/security.md). A POST that moves money takes an"
                                        + " Idempotency-Key: a retry with the same key is answered with the first outcome and never"
                                        + " charges twice. Every answer carries X-Request-Id (the caller's, or one made); quote it"
                                        + " to find the request's bank calls and log lines. Errors are the Error schema, with the"
                                        + " message in the caller's language (Accept-Language: en, tr, ar, el, it, ru)."))
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "A user of the server's registry; screens use the session cookie of the login page instead")
public class VposRestApplication extends Application {}
