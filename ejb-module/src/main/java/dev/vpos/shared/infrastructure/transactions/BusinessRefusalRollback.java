package dev.vpos.shared.infrastructure.transactions;

import dev.vpos.shared.domain.BusinessException;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Rolls back the transaction a {@link BusinessException} leaves, exactly as the container did before the
 * {@code @Transactional}s listed it in {@code dontRollbackOn} (which they do only so that Liberty writes no FFDC
 * incident for an answer such as 400, 404 or 409; see {@link BusinessException}). Runs inside the container's
 * transaction interceptor (a higher priority than its {@code PLATFORM_BEFORE + 200}), so the transaction it marks is
 * the method's own or the one it joined; a method without a transaction (NOT_SUPPORTED, SUPPORTS outside one) has
 * nothing to mark. One subclass per transaction type, because the type is a binding member of {@code @Transactional}.
 */
public abstract class BusinessRefusalRollback {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object rollBackOnRefusal(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessException refusal) {
            if (transactions.getTransactionKey() != null
                    && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            throw refusal;
        }
    }

    /** For {@code @Transactional} and {@code @Transactional(REQUIRED)}. */
    @Interceptor
    @Transactional(Transactional.TxType.REQUIRED)
    @Priority(Interceptor.Priority.LIBRARY_BEFORE)
    public static class Required extends BusinessRefusalRollback {}

    @Interceptor
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Priority(Interceptor.Priority.LIBRARY_BEFORE)
    public static class RequiresNew extends BusinessRefusalRollback {}

    @Interceptor
    @Transactional(Transactional.TxType.MANDATORY)
    @Priority(Interceptor.Priority.LIBRARY_BEFORE)
    public static class Mandatory extends BusinessRefusalRollback {}

    @Interceptor
    @Transactional(Transactional.TxType.SUPPORTS)
    @Priority(Interceptor.Priority.LIBRARY_BEFORE)
    public static class Supports extends BusinessRefusalRollback {}
}
