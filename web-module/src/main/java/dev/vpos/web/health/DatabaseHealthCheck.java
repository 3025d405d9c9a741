package dev.vpos.web.health;

import dev.vpos.shared.infrastructure.persistence.DatabaseMigrator;
import dev.vpos.shared.infrastructure.persistence.MigrationStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and every migration is applied; reports the schema version. /health is open to
 * anyone (load balancers), so it names neither the database product nor its version, nor the driver's error text
 * (issue #13 item 7): those go to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("database");
        boolean databaseUp = probe(health);
        MigrationStatus migrations = migrator.status();
        health.withData("schemaVersion", String.valueOf(migrations.currentVersion()))
                .withData("migrationsApplied", migrations.applied())
                .withData("migrationsPending", migrations.pending());
        if (migrations.failure() != null) {
            // the migrator's words (SQL, the database's message) are in the log; anonymous callers learn only this
            health.withData("migrationFailed", true);
        }
        return health.status(databaseUp && migrations.upToDate()).build();
    }

    private boolean probe(HealthCheckResponseBuilder health) {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Readiness: the database cannot be reached", e);
            health.withData("error", "database unreachable");
            return false;
        }
    }
}
