package dev.vpos.reconciliation.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The files of a definition's drop box already dealt with: imported (and the import did not fail) or recognised as
 * imported before. A listed file with the same name, size and modification time as one of them is not downloaded
 * again; a downloaded file with the same name and SHA-256 as one of them is recognised and not imported again.
 */
public final class KnownFiles {

    /** A file dealt with before, as recorded. */
    public record Known(String name, String sha256, long bytes, OffsetDateTime modified) {}

    private final List<Known> known;

    public KnownFiles(List<Known> known) {
        this.known = List.copyOf(known);
    }

    /** Unchanged since it was dealt with: same name, size and modification time (a server that gives no time: never). */
    public boolean unchanged(RemoteFile f) {
        return f.modified() != null
                && known.stream()
                        .anyMatch(k -> k.name().equals(f.name())
                                && k.bytes() == f.bytes()
                                && k.modified() != null
                                && k.modified().toInstant().equals(f.modified().toInstant()));
    }

    /** The same name and content as a file dealt with before. */
    public boolean sameContent(String name, String sha256) {
        return known.stream().anyMatch(k -> k.name().equals(name) && Objects.equals(k.sha256(), sha256));
    }
}
