package dev.vpos.web.rest.companies;

import dev.vpos.erp.domain.CompanyRef;

/** What the API answers for {@code CompanyRef}, mapped at the API edge. */
public record CompanyResponse(long id, String code, String name) {

    public static CompanyResponse of(CompanyRef a) {
        return new CompanyResponse(a.id(), a.code(), a.name());
    }
}
