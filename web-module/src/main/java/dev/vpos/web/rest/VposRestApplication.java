package dev.vpos.web.rest;

import dev.vpos.web.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The module's REST API, version 1, under {@code /vpos/api/v1}. */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR, Roles.PORTAL_CLIENT})
public class VposRestApplication extends Application {}
