package dev.vpos.erp.domain;

/** What the module needs to know of an ERP company. */
public record CompanyRef(long id, String code, String name) {}
