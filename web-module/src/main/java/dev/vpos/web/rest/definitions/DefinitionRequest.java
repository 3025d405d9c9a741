package dev.vpos.web.rest.definitions;

import dev.vpos.definitions.application.DefinitionCommand;
import java.util.List;
import java.util.Map;

/**
 * Body of create and edit. {@code credentials} maps the family schema's field names to values; on an edit a
 * secret left out or empty keeps its value. {@code version} (edit only) must be the version last read.
 */
public class DefinitionRequest {

    public Long version;
    public String code;
    public String displayName;
    public String bankName;
    public String logoUrl;
    public String family;
    public String environment;
    public String paymentModel;
    public String testEndpointUrl;
    public String liveEndpointUrl;
    public Integer connectTimeoutMs;
    public Integer readTimeoutMs;
    public List<String> currencies;
    public String minAmount;
    public String maxAmount;
    public List<Plan> installmentPlans;
    public String discountType;
    public String discountValue;
    public Boolean saveCardAllowed;
    public String outgoingIp;
    public Long bankAccountId;
    public Boolean companyDefault;
    public Map<String, String> credentials;

    /** One installment count offered: commission percent, fixed fee per transaction, blocked days, paid by the payer. */
    public static class Plan {
        public Integer installments;
        public String commissionRate;
        public String fixedFee;
        public Integer blockedDays;
        /** The payer pays this count's commission as a surcharge above the document amount (absent: false). */
        public Boolean commissionToPayer;
    }

    DefinitionCommand toCommand() {
        List<DefinitionCommand.PlanCommand> plans = installmentPlans == null
                ? null
                : installmentPlans.stream()
                        .map(p -> new DefinitionCommand.PlanCommand(
                                p.installments, p.commissionRate, p.fixedFee, p.blockedDays, p.commissionToPayer))
                        .toList();
        return new DefinitionCommand(
                code,
                displayName,
                bankName,
                logoUrl,
                family,
                environment,
                paymentModel,
                testEndpointUrl,
                liveEndpointUrl,
                connectTimeoutMs,
                readTimeoutMs,
                currencies,
                minAmount,
                maxAmount,
                plans,
                discountType,
                discountValue,
                saveCardAllowed,
                outgoingIp,
                bankAccountId,
                companyDefault,
                credentials);
    }

    @Override
    public String toString() {
        return "DefinitionRequest[code=" + code + ", family=" + family + "]";
    }
}
