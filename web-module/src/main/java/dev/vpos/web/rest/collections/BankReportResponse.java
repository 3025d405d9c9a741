package dev.vpos.web.rest.collections;

import dev.vpos.collection.application.BankStatusCheck;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API answers for {@code BankStatusCheck.BankReport}, mapped at the API edge. */
public record BankReportResponse(
        String outcome,
        String bankCode,
        String reason,
        String reasonMessage,
        String authCode,
        String hostRefNum,
        boolean historyAnswered,
        boolean historyItemized,
        List<HistoryLine> history) {

    public static BankReportResponse of(BankStatusCheck.BankReport a) {
        return new BankReportResponse(
                a.outcome(),
                a.bankCode(),
                a.reason(),
                a.reasonMessage(),
                a.authCode(),
                a.hostRefNum(),
                a.historyAnswered(),
                a.historyItemized(),
                a.history() == null
                        ? null
                        : a.history().stream().map(HistoryLine::of).toList());
    }

    /** {@code BankStatusCheck.HistoryLine} as the API shows it. */
    public record HistoryLine(
            String kind,
            String type,
            String bankType,
            String outcome,
            BigDecimal amount,
            String currency,
            String operationId,
            String bankCode,
            String authCode,
            String hostRefNum,
            String transId,
            OffsetDateTime at) {

        public static HistoryLine of(BankStatusCheck.HistoryLine a) {
            return new HistoryLine(
                    a.kind(),
                    a.type(),
                    a.bankType(),
                    a.outcome(),
                    a.amount(),
                    a.currency(),
                    a.operationId(),
                    a.bankCode(),
                    a.authCode(),
                    a.hostRefNum(),
                    a.transId(),
                    a.at());
        }
    }
}
