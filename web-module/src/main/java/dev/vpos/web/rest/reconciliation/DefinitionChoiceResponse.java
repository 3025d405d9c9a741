package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.Views;

/** What the API answers for {@code Views.DefinitionChoice}, mapped at the API edge. */
public record DefinitionChoiceResponse(
        long id,
        String code,
        String displayName,
        String family,
        long companyId,
        String companyCode,
        boolean enabled,
        Long mappingId) {

    public static DefinitionChoiceResponse of(Views.DefinitionChoice a) {
        return new DefinitionChoiceResponse(
                a.id(),
                a.code(),
                a.displayName(),
                a.family(),
                a.companyId(),
                a.companyCode(),
                a.enabled(),
                a.mappingId());
    }
}
