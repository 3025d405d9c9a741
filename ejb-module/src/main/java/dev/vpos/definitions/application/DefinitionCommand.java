package dev.vpos.definitions.application;

import java.util.List;
import java.util.Map;

/**
 * A definition as an admin sent it, not yet validated. On an edit, a secret credential left out or empty keeps
 * its current value; a non-secret one left empty is removed.
 */
public record DefinitionCommand(String code, String displayName, String bankName, String logoUrl, String family,
                                String environment, String paymentModel, String endpointUrl, Integer connectTimeoutMs,
                                Integer readTimeoutMs, List<String> currencies, String minAmount, String maxAmount,
                                String commissionRate, Integer blockedDays, Long bankAccountId, Boolean companyDefault,
                                Map<String, String> credentials) {

    @Override
    public String toString() {
        return "DefinitionCommand[code=" + code + ", family=" + family + ", environment=" + environment
                + ", credentials=" + (credentials == null ? "[]" : credentials.keySet()) + "]";
    }
}
