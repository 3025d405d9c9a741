package dev.vpos.collection.application;

import dev.vpos.collection.domain.Collection;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.txlog.application.TransactionLog;
import dev.vpos.txlog.domain.InteractionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes a collection's bank interaction to the return-code log (its own transaction, before the state change). */
@ApplicationScoped
public class InteractionLogger {

    @Inject
    TransactionLog log;

    public long record(Collection c, String operation, GatewayResult result, ReturnCodeMeaning meaning) {
        BankExchange x = result.exchange();
        String message = result.bankMessage() != null ? result.bankMessage() : x.failure();
        return log.record(new InteractionRecord(
                c.getId(),
                c.getCompanyId(),
                c.getDefinitionId(),
                c.getFamily(),
                operation,
                c.getBankOrderId(),
                result.outcome(),
                result.bankCode(),
                meaning.reason().name(),
                message,
                x.httpStatus(),
                x.latencyMs(),
                x.maskedRequest(),
                x.maskedResponse()));
    }
}
