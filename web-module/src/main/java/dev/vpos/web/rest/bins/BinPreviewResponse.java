package dev.vpos.web.rest.bins;

import dev.vpos.bins.application.BinImport;
import java.util.List;
import java.util.Locale;

/**
 * What a BIN file would do if imported: its lines, the rows that passed, how many are new, changed or the same, its
 * first rows, and its problems ("line N: column" and why, in the caller's language).
 */
public record BinPreviewResponse(
        int lines,
        int valid,
        int added,
        int changed,
        int unchanged,
        boolean importable,
        List<CardBinResponse> sample,
        List<Problem> problems) {

    /** One problem of the file. */
    public record Problem(String field, String message) {}

    public static BinPreviewResponse of(BinImport.Preview p, Locale locale) {
        return new BinPreviewResponse(
                p.lines(),
                p.valid(),
                p.added(),
                p.changed(),
                p.unchanged(),
                p.errors().isEmpty() && p.valid() > 0,
                p.sample().stream().map(CardBinResponse::of).toList(),
                p.errors().stream()
                        .map(e -> new Problem(
                                e.field(),
                                dev.vpos.web.i18n.Messages.text(
                                        locale, e.messageKey(), e.args().toArray())))
                        .toList());
    }
}
