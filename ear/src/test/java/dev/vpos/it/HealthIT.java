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
        JsonObject database = reply.json().getJsonArray("checks").stream().map(v -> (JsonObject) v)
                .filter(c -> "database".equals(c.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        JsonObject data = database.getJsonObject("data");
        assertEquals(0, data.getJsonNumber("migrationsPending").intValue());
        assertEquals("5", data.getString("schemaVersion"));
        String product = data.getString("product").toLowerCase();
        assertTrue(product.contains(TestServer.database().equals("postgres") ? "postgres" : "h2"), product);
    }
}
