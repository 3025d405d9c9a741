package dev.vpos.web.health;

import dev.vpos.shared.infrastructure.persistence.DatabaseMigrator;
import dev.vpos.shared.infrastructure.persistence.MigrationStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every migration is applied; reports which database and schema version. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

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
            health.withData("migrationFailure", migrations.failure());
        }
        return health.status(databaseUp && migrations.upToDate()).build();
    }

    private boolean probe(HealthCheckResponseBuilder health) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            health.withData("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            return c.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            health.withData("error", e.getMessage());
            return false;
        }
    }
}
