package dev.vpos.web.rest.definitions;

import dev.vpos.definitions.application.DefinitionDetails;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API answers for {@code DefinitionDetails}, mapped at the API edge. */
public record DefinitionResponse(
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

    public static DefinitionResponse of(DefinitionDetails a) {
        return new DefinitionResponse(
                a.id(),
                a.companyId(),
                a.code(),
                a.displayName(),
                a.bankName(),
                a.logoUrl(),
                a.family(),
                a.environment(),
                a.paymentModel(),
                a.endpointUrl(),
                a.testEndpointUrl(),
                a.liveEndpointUrl(),
                a.connectTimeoutMs(),
                a.readTimeoutMs(),
                a.currencies(),
                a.minAmount(),
                a.maxAmount(),
                a.installmentPlans() == null
                        ? null
                        : a.installmentPlans().stream().map(PlanView::of).toList(),
                a.discountType(),
                a.discountValue(),
                a.saveCardAllowed(),
                a.outgoingIp(),
                a.bankAccountId(),
                a.enabled(),
                a.companyDefault(),
                a.version(),
                a.testApprovedAt(),
                a.lastApprovedAt(),
                a.credentials() == null
                        ? null
                        : a.credentials().stream().map(CredentialView::of).toList());
    }

    /** {@code DefinitionDetails.PlanView} as the API shows it. */
    public record PlanView(
            int installments,
            BigDecimal commissionRate,
            BigDecimal fixedFee,
            int blockedDays,
            boolean commissionToPayer) {

        public static PlanView of(DefinitionDetails.PlanView a) {
            return new PlanView(
                    a.installments(), a.commissionRate(), a.fixedFee(), a.blockedDays(), a.commissionToPayer());
        }
    }

    /** {@code DefinitionDetails.CredentialView} as the API shows it. */
    public record CredentialView(
            String name,
            String label,
            boolean secret,
            boolean required,
            boolean set,
            String value,
            String lastTwo,
            String note) {

        public static CredentialView of(DefinitionDetails.CredentialView a) {
            return new CredentialView(
                    a.name(), a.label(), a.secret(), a.required(), a.set(), a.value(), a.lastTwo(), a.note());
        }
    }
}
