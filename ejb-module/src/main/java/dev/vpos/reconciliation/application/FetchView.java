package dev.vpos.reconciliation.application;

import java.time.OffsetDateTime;
import java.util.List;

/** One run of the fetch, with its files: the history shown per definition. */
public record FetchView(
        long id,
        long definitionId,
        String trigger,
        String outcome,
        int attempt,
        int filesListed,
        int filesImported,
        int filesKnown,
        String reasonKey,
        String reasonDetail,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        OffsetDateTime nextTryAt,
        String actor,
        List<FileView> files) {

    /** A file the run downloaded. */
    public record FileView(
            String fileName,
            String sha256,
            long bytes,
            String outcome,
            Long importId,
            Long dayId,
            String reasonKey,
            String reasonDetail) {}
}
