package dev.vpos.web.rest.bins;

import dev.vpos.bins.application.BinImport;

/** What an import did: rows added, changed, and already as the file says. */
public record BinImportResponse(int added, int changed, int unchanged) {

    public static BinImportResponse of(BinImport.Result r) {
        return new BinImportResponse(r.added(), r.changed(), r.unchanged());
    }
}
