package dev.vpos.definitions.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import java.math.BigDecimal;
import java.util.Set;

/** Everything an admin sets on a definition apart from its credentials, already validated. */
public record DefinitionSettings(String code, String displayName, String bankName, String logoUrl, GatewayFamily family,
                                 Environment environment, PaymentModel paymentModel, String endpointUrl,
                                 int connectTimeoutMs, int readTimeoutMs, Set<String> currencies, BigDecimal minAmount,
                                 BigDecimal maxAmount, BigDecimal commissionRate, int blockedDays, Long bankAccountId,
                                 boolean companyDefault) {
}
