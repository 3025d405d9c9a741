package dev.vpos.erp.domain;

/** What the module needs to know of an ERP customer account (current account). */
public record CustomerAccountRef(long id, long companyId, String code, String name, boolean active) {}
