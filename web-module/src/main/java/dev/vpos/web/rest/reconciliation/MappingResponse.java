package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.Views;
import java.time.OffsetDateTime;
import java.util.Map;

/** What the API answers for {@code Views.MappingView}, mapped at the API edge. */
public record MappingResponse(
        long id,
        String code,
        String name,
        String family,
        String separator,
        boolean header,
        String charset,
        String decimalSeparator,
        String signConvention,
        String datePattern,
        String timePattern,
        Map<String, String> columns,
        String saleCodes,
        String refundCodes,
        String ignoreCodes,
        String defaultCurrency,
        String currencyAliases,
        int dateToleranceDays,
        String amountTolerance,
        boolean shipped,
        long version,
        String updatedBy,
        OffsetDateTime updatedAt) {

    public static MappingResponse of(Views.MappingView a) {
        return new MappingResponse(
                a.id(),
                a.code(),
                a.name(),
                a.family(),
                a.separator(),
                a.header(),
                a.charset(),
                a.decimalSeparator(),
                a.signConvention(),
                a.datePattern(),
                a.timePattern(),
                a.columns(),
                a.saleCodes(),
                a.refundCodes(),
                a.ignoreCodes(),
                a.defaultCurrency(),
                a.currencyAliases(),
                a.dateToleranceDays(),
                a.amountTolerance(),
                a.shipped(),
                a.version(),
                a.updatedBy(),
                a.updatedAt());
    }
}
