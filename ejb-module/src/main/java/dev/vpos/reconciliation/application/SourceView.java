package dev.vpos.reconciliation.application;

import java.time.OffsetDateTime;

/** A settlement source as shown: never a secret, only whether one is set. */
public record SourceView(
        long definitionId,
        boolean enabled,
        String host,
        int port,
        String username,
        boolean passwordSet,
        boolean privateKeySet,
        String folder,
        String filePattern,
        long mappingId,
        String fetchTime,
        String hostKey,
        String hostKeyFingerprint,
        OffsetDateTime hostKeyRecorded,
        OffsetDateTime nextFetchAt,
        int failuresInARow,
        long version,
        String updatedBy,
        OffsetDateTime updatedAt) {}
