package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** MicroProfile Health reports the database and the migration state. */
class HealthIT {

    @Test
    void readinessReportsTheDatabaseAndAllMigrationsApplied() {
        TestServer.Reply reply = TestServer.get(TestServer.BASE + "/health/ready", null);

        assertEquals(200, reply.status(), reply.toString());
        JsonObject database = reply.json().getJsonArray("checks").stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "database".equals(c.getString("name")))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", database.getString("status"));
        JsonObject data = database.getJsonObject("data");
        assertEquals(0, data.getJsonNumber("migrationsPending").intValue());
        assertEquals(latestMigration(), data.getString("schemaVersion"));
        String product = data.getString("product").toLowerCase();
        assertTrue(product.contains(TestServer.database().equals("postgres") ? "postgres" : "h2"), product);
    }

    /** The highest version among the shipped migrations (sql/migrations/V<n>__*.sql). */
    private static String latestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "sql", "migrations"))) {
            return String.valueOf(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
