package dev.vpos.erp.domain;

/**
 * What the module needs to know of an ERP customer account (current account). {@code email} is where mail for the
 * account goes (a payment link), or null when the ERP has none.
 */
public record CustomerAccountRef(long id, long companyId, String code, String name, boolean active, String email) {}
