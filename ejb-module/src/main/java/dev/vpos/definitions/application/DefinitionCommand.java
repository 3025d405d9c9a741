package dev.vpos.definitions.application;

import java.util.List;
import java.util.Map;

/**
 * A definition as an admin sent it, not yet validated. On an edit, a secret credential left out or empty keeps
 * its current value; a non-secret one left empty is removed. No installment plans means "single payment only,
 * no commission".
 */
public record DefinitionCommand(
        String code,
        String displayName,
        String bankName,
        String logoUrl,
        String family,
        String environment,
        String paymentModel,
        String testEndpointUrl,
        String liveEndpointUrl,
        Integer connectTimeoutMs,
        Integer readTimeoutMs,
        List<String> currencies,
        String minAmount,
        String maxAmount,
        List<PlanCommand> installmentPlans,
        String discountType,
        String discountValue,
        Boolean saveCardAllowed,
        String outgoingIp,
        Long bankAccountId,
        Boolean companyDefault,
        Map<String, String> credentials) {

    /**
     * One installment count offered and its costs, as sent; {@code commissionToPayer}: the payer pays the commission
     * as a surcharge (null: false).
     */
    public record PlanCommand(
            Integer installments,
            String commissionRate,
            String fixedFee,
            Integer blockedDays,
            Boolean commissionToPayer) {

        public PlanCommand(Integer installments, String commissionRate, String fixedFee, Integer blockedDays) {
            this(installments, commissionRate, fixedFee, blockedDays, null);
        }
    }

    @Override
    public String toString() {
        return "DefinitionCommand[code=" + code + ", family=" + family + ", environment=" + environment
                + ", credentials=" + (credentials == null ? "[]" : credentials.keySet()) + "]";
    }
}
