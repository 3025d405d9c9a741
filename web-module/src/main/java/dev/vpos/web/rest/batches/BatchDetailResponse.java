package dev.vpos.web.rest.batches;

import dev.vpos.batches.application.BatchRow;
import dev.vpos.collection.application.BatchDetails;
import dev.vpos.collection.application.CancelQuote;
import dev.vpos.collection.application.OperationView;
import dev.vpos.web.rest.collections.CollectionResponse;
import dev.vpos.web.rest.txlog.InteractionResponse;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A batch record opened from the listing: the record, its collection (absent for a record keyed in by hand), the
 * collection's state history and follow-ups, every bank interaction ({@code interactionsShown} false, and none listed,
 * when the caller may not read the return-code log), and what a cancel would do now.
 */
public record BatchDetailResponse(
        BatchRow batch,
        CollectionResponse collection,
        List<BatchDetails.HistoryLine> history,
        List<Operation> operations,
        boolean interactionsShown,
        List<InteractionResponse> interactions,
        Cancel cancel) {

    /** A capture, void or refund of the collection, with the bank's codes and the unified reason. */
    public record Operation(
            String operationId,
            String kind,
            BigDecimal amount,
            String currency,
            String state,
            String bankCode,
            String bankMessage,
            String reason,
            String reasonMessage,
            String authCode,
            String hostRefNum,
            String transId,
            OffsetDateTime createdAt) {

        static Operation of(OperationView v, Locale locale) {
            return new Operation(
                    v.operationId(),
                    v.kind().name(),
                    v.amount(),
                    v.currency(),
                    v.state().name(),
                    v.bankCode(),
                    v.bankMessage(),
                    v.meaning().reason().name(),
                    v.meaning().message(locale.getLanguage()),
                    v.authCode(),
                    v.hostRefNum(),
                    v.transId(),
                    v.createdAt());
        }
    }

    /**
     * Whether the collection can be cancelled now, the amount left (the default), whether a part may be given, and
     * whether cancelling all of it now would be a VOID or a REFUND.
     */
    public record Cancel(boolean possible, BigDecimal remaining, String currency, boolean partialAllowed, String kind) {

        static Cancel of(CancelQuote q) {
            return new Cancel(
                    q.possible(),
                    q.remaining(),
                    q.currency(),
                    q.partialAllowed(),
                    q.kind() == null ? null : q.kind().name());
        }
    }

    static BatchDetailResponse of(BatchDetails.Detail d, Locale locale) {
        return new BatchDetailResponse(
                d.batch(),
                d.collection() == null ? null : CollectionResponse.of(d.collection(), locale),
                d.history(),
                d.operations().stream().map(o -> Operation.of(o, locale)).toList(),
                d.interactions() != null,
                d.interactions() == null
                        ? List.of()
                        : d.interactions().stream()
                                .map(i -> InteractionResponse.of(i, locale))
                                .toList(),
                d.cancel() == null ? null : Cancel.of(d.cancel()));
    }
}
