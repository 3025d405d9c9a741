package dev.vpos.definitions.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A definition for its admin: every setting, and credentials without their secret values. */
public record DefinitionDetails(
        long id,
        long companyId,
        String code,
        String displayName,
        String bankName,
        String logoUrl,
        String family,
        String environment,
        String paymentModel,
        String endpointUrl,
        String testEndpointUrl,
        String liveEndpointUrl,
        int connectTimeoutMs,
        int readTimeoutMs,
        List<String> currencies,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        List<PlanView> installmentPlans,
        String discountType,
        BigDecimal discountValue,
        boolean saveCardAllowed,
        String outgoingIp,
        Long bankAccountId,
        boolean enabled,
        boolean companyDefault,
        long version,
        OffsetDateTime testApprovedAt,
        OffsetDateTime lastApprovedAt,
        List<CredentialView> credentials) {

    /** One installment count offered and what the bank keeps for it. */
    public record PlanView(
            int installments,
            BigDecimal commissionRate,
            BigDecimal fixedFee,
            int blockedDays,
            boolean commissionToPayer) {}

    /**
     * One credential field: a plain value is shown; a secret only says whether it is set and its last 2 characters.
     * {@code note} carries facts such as a certificate's expiry.
     */
    public record CredentialView(
            String name,
            String label,
            boolean secret,
            boolean required,
            boolean set,
            String value,
            String lastTwo,
            String note) {}
}
