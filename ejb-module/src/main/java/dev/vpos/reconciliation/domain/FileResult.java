package dev.vpos.reconciliation.domain;

/** What became of one downloaded file. */
public record FileResult(
        RemoteFile file,
        String sha256,
        SettlementFetchedFile.Outcome outcome,
        Long importId,
        String reasonKey,
        String reasonDetail) {}
