package dev.vpos.txlog.application;

import dev.vpos.shared.application.RequestIds;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.domain.BankInteraction;
import dev.vpos.txlog.domain.InteractionRecord;
import dev.vpos.txlog.infrastructure.BankInteractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The return-code log: written in its own transaction so a row survives whatever happens after it. Read through
 * {@link LogListing}; rows leave only by the retention policy ({@link LogPruning}).
 */
@ApplicationScoped
public class TransactionLog {

    private static final Logger LOG = Logger.getLogger(TransactionLog.class.getName());

    @Inject
    Meters meters;

    @Inject
    BankInteractionRepository interactions;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public long record(InteractionRecord interaction) {
        return append(interaction);
    }

    /** The row in the caller's transaction (which must be one of its own, as for {@link #record}). */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public long append(InteractionRecord interaction) {
        BankInteraction row = new BankInteraction(
                interaction, OffsetDateTimes.now(clock), RequestIds.current().orElse(null));
        interactions.add(row);
        meters.count(
                "vpos_bank_calls",
                "family",
                row.getFamily().name(),
                "operation",
                row.getOperation(),
                "outcome",
                row.getOutcome().name());
        meters.time(
                "vpos_bank_latency",
                Duration.ofMillis(row.getLatencyMs()),
                "definition",
                String.valueOf(row.getDefinitionId()));
        // one line per bank call for operators (never a card number: the order id, codes and the time taken)
        LOG.info(() -> "Bank call " + row.getId() + ": " + row.getFamily() + " " + row.getOperation() + " of order "
                + row.getBankOrderId() + " on definition " + row.getDefinitionId() + " -> " + row.getOutcome()
                + (row.getBankCode() == null ? "" : " (" + row.getBankCode() + ")") + " in " + row.getLatencyMs()
                + " ms");
        return row.getId();
    }

    /** Every interaction of one collection with its bank, oldest first. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public java.util.List<BankInteraction> ofCollection(long collectionId) {
        return interactions.ofCollection(collectionId);
    }
}
