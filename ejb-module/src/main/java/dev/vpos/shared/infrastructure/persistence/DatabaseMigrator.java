package dev.vpos.shared.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned migrations of the {@code sql} module before anything touches the database.
 * EclipseLink never generates DDL: this is the only writer of the schema. (Liberty's class loader needs the
 * empty marker file {@code db/migration/flyway.location} for Flyway to find the folder.)
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    private volatile MigrationStatus status = MigrationStatus.notRun();

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway();
        try {
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Database " + result.database + " migrated to version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations applied now)");
            status = readStatus(flyway, null);
        } catch (RuntimeException e) {
            status = readStatus(flyway, e.getMessage());
            throw e;
        }
    }

    public MigrationStatus status() {
        return status;
    }

    private Flyway flyway() {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // versions are reserved per line of work and land in any order (V55 came before V33 and V40): a
                // database already past a version still gets it; each migration only adds, so the order is free
                .outOfOrder(true)
                .failOnMissingLocations(true)
                .load();
    }

    private static MigrationStatus readStatus(Flyway flyway, String failure) {
        try {
            MigrationInfo current = flyway.info().current();
            int pending = flyway.info().pending().length;
            int applied = flyway.info().applied().length;
            return new MigrationStatus(
                    current == null ? null : current.getVersion().getVersion(), applied, pending, failure);
        } catch (RuntimeException e) {
            return new MigrationStatus(null, 0, -1, failure != null ? failure : e.getMessage());
        }
    }
}
