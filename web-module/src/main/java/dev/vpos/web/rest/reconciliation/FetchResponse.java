package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.FetchView;
import dev.vpos.web.i18n.Messages;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One run of the settlement-file fetch, its reason in the reader's language. */
public record FetchResponse(
        long id,
        String trigger,
        String outcome,
        int attempt,
        int filesListed,
        int filesImported,
        int filesKnown,
        String reasonCode,
        String reason,
        String detail,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        OffsetDateTime nextTryAt,
        String actor,
        List<FileResponse> files) {

    /** A downloaded file: what became of it, its import and reconciliation day. */
    public record FileResponse(
            String fileName,
            String sha256,
            long bytes,
            String outcome,
            Long importId,
            Long dayId,
            String reasonCode,
            String reason) {}

    static FetchResponse of(FetchView v, Locale locale) {
        return new FetchResponse(
                v.id(),
                v.trigger(),
                v.outcome(),
                v.attempt(),
                v.filesListed(),
                v.filesImported(),
                v.filesKnown(),
                v.reasonKey(),
                v.reasonKey() == null ? null : Messages.text(locale, v.reasonKey(), v.reasonDetail()),
                v.reasonDetail(),
                v.startedAt(),
                v.finishedAt(),
                v.nextTryAt(),
                v.actor(),
                v.files().stream().map(f -> file(f, locale)).toList());
    }

    private static FileResponse file(FetchView.FileView f, Locale locale) {
        return new FileResponse(
                f.fileName(),
                f.sha256(),
                f.bytes(),
                f.outcome(),
                f.importId(),
                f.dayId(),
                f.reasonKey(),
                f.reasonKey() == null ? null : reason(f.reasonKey(), f.reasonDetail(), f.fileName(), locale));
    }

    /**
     * A refused file's problems are stored as {@code field|key|arg...} lines and shown each in the reader's language;
     * a rule's arguments as {@code arg|arg}; any other detail as it is.
     */
    static String reason(String key, String detail, String fileName, Locale locale) {
        if (detail == null) {
            return Messages.text(locale, key);
        }
        if ("settlementFetch.fileRefused".equals(key)) {
            StringBuilder text = new StringBuilder(Messages.text(locale, key, fileName));
            for (String line : detail.split("\n")) {
                String[] parts = line.split("\\|", -1);
                if (parts.length >= 2) {
                    text.append("\n").append(parts[0]).append(": ").append(Messages.text(locale, parts[1], (Object[])
                            Arrays.copyOfRange(parts, 2, parts.length)));
                }
            }
            return text.toString();
        }
        if (key.startsWith("reconciliation.")) {
            return Messages.text(locale, key, (Object[]) detail.split("\\|", -1));
        }
        return Messages.text(locale, key, detail);
    }
}
