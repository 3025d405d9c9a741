package dev.vpos.collection.application;

import dev.vpos.batches.application.BatchListing;
import dev.vpos.batches.application.BatchRow;
import dev.vpos.collection.domain.StateChange;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.txlog.application.TransactionLog;
import dev.vpos.txlog.domain.BankInteraction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of the credit-card batch listing opened: the record, its collection with the whole state history, the
 * follow-ups (capture, void, refund) and every interaction with the bank, and what a cancel would do now.
 * A record keyed in by hand has no collection, hence none of the rest.
 */
@ApplicationScoped
public class BatchDetails {

    @Inject
    BatchListing listing;

    @Inject
    CollectionService collections;

    @Inject
    CollectionRecorder recorder;

    @Inject
    FollowUpService followUps;

    @Inject
    TransactionLog log;

    /** One transition of the collection: from, to, when, through which channel, by whom, why, caused by which call. */
    public record HistoryLine(
            String from, String to, OffsetDateTime at, String channel, String user, String note, Long interactionId) {

        static HistoryLine of(StateChange s) {
            return new HistoryLine(
                    s.getFromState() == null ? null : s.getFromState().name(),
                    s.getToState().name(),
                    s.getOccurredAt(),
                    s.getChannel(),
                    s.getActor(),
                    s.getNote(),
                    s.getInteractionId());
        }
    }

    /**
     * The record and, when it came from a collection, the collection, its history (oldest first), its follow-ups,
     * its bank interactions (oldest first; only when {@code withInteractions}) and the cancel quote.
     */
    public record Detail(
            BatchRow batch,
            CollectionView collection,
            List<HistoryLine> history,
            List<OperationView> operations,
            List<BankInteraction> interactions,
            CancelQuote cancel) {}

    public Detail of(long batchId, boolean withInteractions) {
        BatchRow row = listing.row(batchId)
                .orElseThrow(() -> new NotFoundException("batches.notFound", String.valueOf(batchId)));
        if (row.collectionId() == null) {
            return new Detail(row, null, List.of(), List.of(), withInteractions ? List.of() : null, null);
        }
        CollectionView collection = collections
                .findById(row.collectionId())
                .orElseThrow(() -> new NotFoundException("collection.notFound", row.collectionReference()));
        List<HistoryLine> history = recorder.history(row.collectionId()).stream()
                .map(HistoryLine::of)
                .toList();
        List<OperationView> operations = followUps.operations(collection.reference());
        List<BankInteraction> interactions = withInteractions ? log.ofCollection(row.collectionId()) : null;
        return new Detail(
                row, collection, history, operations, interactions, followUps.cancelQuote(collection.reference()));
    }
}
