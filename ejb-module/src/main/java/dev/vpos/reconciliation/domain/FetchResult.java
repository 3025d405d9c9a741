package dev.vpos.reconciliation.domain;

import java.util.List;

/**
 * How a run ended: what the folder listed (files matching the pattern), how many were imported and how many were
 * recognised as already imported; a reason (message key + technical detail, never a secret) when it failed.
 */
public record FetchResult(
        SettlementFetch.Outcome outcome,
        int listed,
        int imported,
        int known,
        String reasonKey,
        String reasonDetail,
        List<FileResult> files) {

    public static FetchResult failed(String reasonKey, String detail) {
        return new FetchResult(SettlementFetch.Outcome.FAILED, 0, 0, 0, reasonKey, detail, List.of());
    }

    /** The run's outcome from its files: any file refused or failed fails the run (it is retried). */
    public static FetchResult of(int listed, int skippedAsKnown, List<FileResult> files) {
        int imported = (int) files.stream()
                .filter(f -> f.outcome() == SettlementFetchedFile.Outcome.IMPORTED)
                .count();
        int known = skippedAsKnown
                + (int) files.stream()
                        .filter(f -> f.outcome() == SettlementFetchedFile.Outcome.KNOWN)
                        .count();
        FileResult bad = files.stream()
                .filter(f -> f.outcome() == SettlementFetchedFile.Outcome.REFUSED
                        || f.outcome() == SettlementFetchedFile.Outcome.FAILED)
                .findFirst()
                .orElse(null);
        if (bad != null) {
            return new FetchResult(
                    SettlementFetch.Outcome.FAILED,
                    listed,
                    imported,
                    known,
                    bad.outcome() == SettlementFetchedFile.Outcome.REFUSED
                            ? "settlementFetch.fileRefused"
                            : "settlementFetch.fileFailed",
                    bad.file().name(),
                    files);
        }
        return new FetchResult(
                imported > 0 ? SettlementFetch.Outcome.IMPORTED : SettlementFetch.Outcome.NOTHING_NEW,
                listed,
                imported,
                known,
                null,
                null,
                files);
    }

    static String cap(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
