package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.txlog.application.TransactionLog;
import dev.vpos.txlog.domain.InteractionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * "Test connection" on a definition: a harmless call with its endpoint and credentials (works for a disabled
 * definition too, so it can be checked before it is enabled). The call is kept in the return-code log.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class ConnectionTester {

    @Inject
    VposDefinitionRepository repository;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    TransactionLog log;

    /** What the admin sees. */
    public record ConnectionResult(
            boolean reachable, boolean credentialsAccepted, long latencyMs, String bankCode, String detail) {}

    public ConnectionResult test(long companyId, long definitionId) {
        VposDefinition d = repository.find(definitionId).orElse(null);
        if (d == null || d.getCompanyId() != companyId) {
            throw new NotFoundException("definition.notFoundById", "definition " + definitionId);
        }
        PaymentGateway gateway = gateways.forFamily(d.getFamily())
                .orElseThrow(() -> new RuleViolationException("definition.familyWithoutAdapter", d.getFamily()));
        ConnectionCheck check = gateway.testConnection(definitions.open(d));
        GatewayOutcome outcome = !check.reachable()
                ? GatewayOutcome.NOT_SENT
                : check.credentialsAccepted() ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED;
        log.record(new InteractionRecord(
                null,
                companyId,
                definitionId,
                d.getFamily(),
                "TEST_CONNECTION",
                null,
                outcome,
                check.bankCode(),
                null,
                check.detail(),
                check.exchange().httpStatus(),
                check.latencyMs(),
                check.exchange().maskedRequest(),
                check.exchange().maskedResponse()));
        return new ConnectionResult(
                check.reachable(), check.credentialsAccepted(), check.latencyMs(), check.bankCode(), check.detail());
    }
}
