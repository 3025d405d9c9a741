package dev.vpos.shared.infrastructure.persistence;

/** What the migrator found: the schema version, how many migrations are applied and pending, any failure. */
public record MigrationStatus(String currentVersion, int applied, int pending, String failure) {

    static MigrationStatus notRun() {
        return new MigrationStatus(null, 0, -1, "migrations have not run yet");
    }

    public boolean upToDate() {
        return failure == null && pending == 0 && currentVersion != null;
    }
}
