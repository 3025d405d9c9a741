package dev.vpos.definitions.application;

/** A definition as a payment screen or portal sees it: no credentials, no endpoints. */
public record DefinitionSummary(long id, String code, String displayName, String bankName, String family,
                                String environment, String paymentModel, boolean companyDefault) {
}
