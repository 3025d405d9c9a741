package dev.vpos.shared.domain;

/**
 * A refusal the caller must hear about (bad input, not found, a rule, an idempotency conflict): an answer, not a
 * fault. Every {@code @Transactional} lists it in {@code dontRollbackOn}, because Liberty writes an FFDC incident for
 * any other RuntimeException that leaves a transactional method (UOWManagerImpl.runUnderCurrentUOW, probe 1130), and
 * a business 4xx must not look like a server fault (issue #13 item 7). The transaction is still rolled back:
 * {@link dev.vpos.shared.infrastructure.transactions.BusinessRefusalRollback} marks it rollback-only as the
 * exception leaves the method, as the container did before.
 */
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message);
    }
}
