package dev.vpos.collection.application;

import dev.vpos.collection.domain.Collection;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.txlog.application.TransactionLog;
import dev.vpos.txlog.domain.InteractionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes a collection's bank interaction to the return-code log (its own transaction, before the state change). */
@ApplicationScoped
public class InteractionLogger {

    /** The logged interaction's id and the meaning of its code. */
    public record Logged(long id, ReturnCodeMeaning meaning) {}

    @Inject
    TransactionLog log;

    @Inject
    OutcomeMeanings meanings;

    /**
     * The meaning of the bank's code (return-code catalog) and the log row, in one transaction of their own before
     * the state change (they used to be two).
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Logged recordWithMeaning(Collection c, InteractionOperation operation, GatewayResult result) {
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), result.outcome(), result.bankCode());
        return new Logged(log.append(interaction(c, operation, result, meaning)), meaning);
    }

    public long record(Collection c, InteractionOperation operation, GatewayResult result, ReturnCodeMeaning meaning) {
        return log.record(interaction(c, operation, result, meaning));
    }

    private static InteractionRecord interaction(
            Collection c, InteractionOperation operation, GatewayResult result, ReturnCodeMeaning meaning) {
        BankExchange x = result.exchange();
        String message = result.bankMessage() != null ? result.bankMessage() : x.failure();
        return new InteractionRecord(
                c.getId(),
                c.getCompanyId(),
                c.getDefinitionId(),
                c.getFamily(),
                operation.logged(),
                c.getBankOrderId(),
                result.outcome(),
                result.bankCode(),
                meaning.reason().name(),
                message,
                x.httpStatus(),
                x.latencyMs(),
                x.maskedRequest(),
                x.maskedResponse());
    }
}
