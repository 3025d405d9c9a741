package dev.vpos.web.rest.txlog;

import dev.vpos.txlog.application.LogRetentionPolicy;
import java.time.OffsetDateTime;

/** What the API answers for {@code LogRetentionPolicy.RetentionView}, mapped at the API edge. */
public record RetentionResponse(
        long companyId,
        String companyCode,
        String companyName,
        int months,
        boolean companyDefault,
        String updatedBy,
        OffsetDateTime updatedAt) {

    public static RetentionResponse of(LogRetentionPolicy.RetentionView a) {
        return new RetentionResponse(
                a.companyId(),
                a.companyCode(),
                a.companyName(),
                a.months(),
                a.companyDefault(),
                a.updatedBy(),
                a.updatedAt());
    }
}
