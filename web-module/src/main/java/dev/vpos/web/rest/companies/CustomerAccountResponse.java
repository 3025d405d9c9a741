package dev.vpos.web.rest.companies;

import dev.vpos.erp.domain.CustomerAccountRef;

/** What the API answers for {@code CustomerAccountRef}, mapped at the API edge. */
public record CustomerAccountResponse(long id, long companyId, String code, String name, boolean active, String email) {

    public static CustomerAccountResponse of(CustomerAccountRef a) {
        return new CustomerAccountResponse(a.id(), a.companyId(), a.code(), a.name(), a.active(), a.email());
    }
}
