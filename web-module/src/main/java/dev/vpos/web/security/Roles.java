package dev.vpos.web.security;

/** The module's roles; a server maps them to its users or groups (see docs/admin-guide.md). */
public final class Roles {

    /** Defines VPOS accounts and credentials; can do everything. */
    public static final String VPOS_ADMIN = "VPOS_ADMIN";
    /** Accounting staff taking card payments by phone (MOTO). */
    public static final String COLLECTOR = "COLLECTOR";
    /** Lists batches, reconciles, voids and refunds. */
    public static final String FINANCE = "FINANCE";
    /** Reads the return-code log. */
    public static final String AUDITOR = "AUDITOR";
    /** The B2B/B2C portal, a program paying orders and balances. */
    public static final String PORTAL_CLIENT = "PORTAL_CLIENT";

    private Roles() {}
}
