package dev.vpos.definitions.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Everything an admin sets on a definition apart from its credentials, already validated. */
public record DefinitionSettings(
        String code,
        String displayName,
        String bankName,
        String logoUrl,
        GatewayFamily family,
        Environment environment,
        PaymentModel paymentModel,
        String testEndpointUrl,
        String liveEndpointUrl,
        int connectTimeoutMs,
        int readTimeoutMs,
        Set<String> currencies,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        List<InstallmentPlan> installmentPlans,
        Discount discount,
        boolean saveCardAllowed,
        String outgoingIp,
        Long bankAccountId,
        boolean companyDefault) {

    public DefinitionSettings {
        installmentPlans = List.copyOf(installmentPlans);
    }
}
