package dev.vpos.collection.application;

import dev.vpos.shared.domain.BusinessException;

/** An Idempotency-Key that was already used: for a different request, or by a request still in flight. */
public class IdempotencyConflictException extends BusinessException {

    public enum Kind {
        /** Same key, different request: 422. */
        DIFFERENT_REQUEST,
        /** Same key, the first request has not finished: 409. */
        IN_FLIGHT
    }

    private final Kind kind;

    public IdempotencyConflictException(Kind kind, String key) {
        super("Idempotency-Key " + key + ": " + kind);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
