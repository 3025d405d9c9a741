package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.SourceView;
import java.time.OffsetDateTime;

/** A definition's settlement source as the API shows it: never a secret, only whether one is set. */
public record SettlementSourceResponse(
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
        OffsetDateTime updatedAt) {

    static SettlementSourceResponse of(SourceView v) {
        return new SettlementSourceResponse(
                v.definitionId(),
                v.enabled(),
                v.host(),
                v.port(),
                v.username(),
                v.passwordSet(),
                v.privateKeySet(),
                v.folder(),
                v.filePattern(),
                v.mappingId(),
                v.fetchTime(),
                v.hostKey(),
                v.hostKeyFingerprint(),
                v.hostKeyRecorded(),
                v.nextFetchAt(),
                v.failuresInARow(),
                v.version(),
                v.updatedBy(),
                v.updatedAt());
    }
}
