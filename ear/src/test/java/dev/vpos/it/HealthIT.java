package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** MicroProfile Health reports the database and the migration state, and nothing about the server's products. */
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
    }

    /** Issue #13 item 7: /health is anonymous, so it names no database product or version (nor Liberty's). */
    @Test
    void noAnonymousHealthAnswerNamesTheDatabaseOrItsVersion() {
        for (String path : new String[] {"/health", "/health/ready", "/health/live", "/health/started"}) {
            TestServer.Reply reply = TestServer.get(TestServer.BASE + path, null);
            assertEquals(200, reply.status(), path + ": " + reply);
            String body = reply.body().toLowerCase();
            for (String word : new String[] {"postgres", "h2", "product", "liberty", "debian"}) {
                assertFalse(body.contains(word), path + " shows " + word + ": " + body);
            }
            assertFalse(body.matches("(?s).*\\b\\d+\\.\\d+(\\.\\d+)?\\b.*"), path + " shows a version: " + body);
        }
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
