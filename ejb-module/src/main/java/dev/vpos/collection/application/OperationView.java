package dev.vpos.collection.application;

import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A follow-up as callers see it, with the collection after it. {@code replayed} marks an idempotent replay. */
public record OperationView(
        String operationId,
        OperationKind kind,
        BigDecimal amount,
        String currency,
        CollectionOperation.State state,
        String bankCode,
        String bankMessage,
        ReturnCodeMeaning meaning,
        String authCode,
        String hostRefNum,
        String transId,
        OffsetDateTime createdAt,
        boolean replayed,
        CollectionView collection) {}
