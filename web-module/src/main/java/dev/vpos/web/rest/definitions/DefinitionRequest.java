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
    public String endpointUrl;
    public Integer connectTimeoutMs;
    public Integer readTimeoutMs;
    public List<String> currencies;
    public String minAmount;
    public String maxAmount;
    public String commissionRate;
    public Integer blockedDays;
    public Long bankAccountId;
    public Boolean companyDefault;
    public Map<String, String> credentials;

    DefinitionCommand toCommand() {
        return new DefinitionCommand(code, displayName, bankName, logoUrl, family, environment, paymentModel, endpointUrl,
                connectTimeoutMs, readTimeoutMs, currencies, minAmount, maxAmount, commissionRate, blockedDays,
                bankAccountId, companyDefault, credentials);
    }

    @Override
    public String toString() {
        return "DefinitionRequest[code=" + code + ", family=" + family + "]";
    }
}
