package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.domain.MappingDraft;
import java.util.Map;

/** POST/PUT body of a settlement-file mapping; {@code version} only on PUT (the version the admin read). */
public class MappingRequest {
    public String code;
    public String name;
    public String family;
    public String separator;
    public Boolean header;
    public String charset;
    public String decimalSeparator;
    public String signConvention;
    public String datePattern;
    public String timePattern;
    public Map<String, String> columns;
    public String saleCodes;
    public String refundCodes;
    public String ignoreCodes;
    public String defaultCurrency;
    public String currencyAliases;
    public Integer dateToleranceDays;
    public String amountTolerance;
    public Long version;

    MappingDraft toDraft() {
        return new MappingDraft(
                code,
                name,
                family,
                separator,
                header,
                charset,
                decimalSeparator,
                signConvention,
                datePattern,
                timePattern,
                columns,
                saleCodes,
                refundCodes,
                ignoreCodes,
                defaultCurrency,
                currencyAliases,
                dateToleranceDays,
                amountTolerance);
    }
}
