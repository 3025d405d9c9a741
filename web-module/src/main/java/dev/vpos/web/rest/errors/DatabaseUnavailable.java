package dev.vpos.web.rest.errors;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure is the database being out of reach (a dropped or refused connection, the server shutting down,
 * the pool unable to hand out a connection) rather than a fault of ours: the caller gets 503 and may retry with the
 * same Idempotency-Key; whatever the request had written before is recovered like any crash (docs/reliability.md).
 */
final class DatabaseUnavailable {

    /** SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57P operator intervention. */
    private static final Set<String> STATE_PREFIXES = Set.of("08", "53", "57P");

    /**
     * The pool's failures, and a transaction that could not be completed (Liberty's TransactionalException on a
     * commit over a connection the database dropped carries no cause): exceptions of the application inside a
     * transactional method are not wrapped in these.
     */
    private static final Set<String> UNAVAILABLE = Set.of(
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.transaction.TransactionalException",
            "jakarta.transaction.RollbackException",
            "jakarta.transaction.SystemException",
            "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException");

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable failure) {
        boolean unavailable = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLRecoverableException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                // the database's own word decides: a constraint or a syntax error is ours, not an outage
                String state = sql.getSQLState();
                return STATE_PREFIXES.stream().anyMatch(state::startsWith);
            }
            unavailable |= UNAVAILABLE.contains(t.getClass().getName());
        }
        return unavailable;
    }
}
