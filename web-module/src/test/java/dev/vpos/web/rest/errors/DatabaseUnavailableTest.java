package dev.vpos.web.rest.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aDroppedOrRefusedConnectionIsTheDatabaseOutOfReach() {
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.causedBy(
                new PersistenceException(new SQLException("Connection has been closed.", "08003"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLTransientConnectionException("pool"))));
        assertTrue(
                DatabaseUnavailable.causedBy(new TransactionalException("commit failed", null)),
                "a commit over a dropped connection carries no cause");
    }

    @Test
    void aConstraintOrABugIsNot() {
        assertFalse(DatabaseUnavailable.causedBy(new TransactionalException(
                "commit failed", new PersistenceException(new SQLException("duplicate key", "23505")))));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("syntax", "42601"))));
    }
}
