package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.collection.application.FollowUpRecorder;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.returncodes.application.ReturnCodeCatalog;
import dev.vpos.returncodes.domain.UnifiedReason;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change another node makes (written here straight to the database, as another node's commit is) applies to this
 * node's next read at once: return codes and settlement cut-offs are read from the database on every use, never from
 * a cache of this node (EclipseLink's shared cache is off: {@code shared-cache-mode NONE}); definitions' versions are
 * read on every use, and a definition whose version changed is read again with its credentials and plans
 * ({@code DefinitionSnapshots}). Each value is read first, so a cache would hold the old value.
 */
@ExtendWith(ArquillianExtension.class)
class OtherNodesChangesInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerArchive.of("vpos-other-node-it.war", OtherNodesChangesInContainerIT.class);
    }

    @Inject
    DefinitionService definitions;

    @Inject
    ReturnCodeCatalog returnCodes;

    @Inject
    FollowUpRecorder followUps;

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Test
    void aDefinitionChangedOnAnotherNodeIsReadAtOnce() throws SQLException {
        long id = single("select min(id) from vpos_definition");
        String before = definitions.definition(id).getDisplayName();
        int timeoutBefore = definitions.definition(id).getReadTimeoutMs();
        try {
            update(
                    "update vpos_definition set display_name = ?, read_timeout_ms = ?, version = version + 1"
                            + " where id = ?",
                    "changed on node 2",
                    timeoutBefore + 1234,
                    id);
            assertEquals("changed on node 2", definitions.definition(id).getDisplayName());
            assertEquals(timeoutBefore + 1234, definitions.definition(id).getReadTimeoutMs());
        } finally {
            update(
                    "update vpos_definition set display_name = ?, read_timeout_ms = ?, version = version + 1"
                            + " where id = ?",
                    before,
                    timeoutBefore,
                    id);
        }
    }

    @Test
    void aCredentialChangedOnAnotherNodeIsUsedAtOnce() throws SQLException {
        long id = single("select min(d.id) from vpos_definition d join vpos_definition_credential c"
                + " on c.definition_id = d.id where c.sealed = false");
        String name =
                text("select min(name) from vpos_definition_credential where definition_id = ? and sealed = false", id);
        String before = plainCredential(id, name);
        try {
            // another node's edit commits the credential and a new version of the definition in one transaction
            update(
                    "update vpos_definition_credential set stored_value = ? where definition_id = ? and name = ?",
                    "changed-on-node-2",
                    id,
                    name);
            update("update vpos_definition set version = version + 1 where id = ?", id);
            assertEquals("changed-on-node-2", plainCredential(id, name));
            assertEquals(
                    "changed-on-node-2",
                    definitions.open(definitions.definition(id)).credential(name));
        } finally {
            update(
                    "update vpos_definition_credential set stored_value = ? where definition_id = ? and name = ?",
                    before,
                    id,
                    name);
            update("update vpos_definition set version = version + 1 where id = ?", id);
        }
        assertEquals(before, plainCredential(id, name));
    }

    private String plainCredential(long definitionId, String name) {
        return definitions.definition(definitionId).getCredentials().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }

    @Test
    void aReturnCodeClassifiedOnAnotherNodeIsReadAtOnce() throws SQLException {
        assertEquals(
                UnifiedReason.REFER_TO_ISSUER,
                returnCodes.describe(GatewayFamily.EST, "01").reason());
        try {
            update(
                    "update return_code set reason = ? where family = ? and bank_code = ?",
                    UnifiedReason.DO_NOT_HONOR.name(),
                    "EST",
                    "01");
            assertEquals(
                    UnifiedReason.DO_NOT_HONOR,
                    returnCodes.describe(GatewayFamily.EST, "01").reason());
        } finally {
            update(
                    "update return_code set reason = ? where family = ? and bank_code = ?",
                    UnifiedReason.REFER_TO_ISSUER.name(),
                    "EST",
                    "01");
        }
    }

    @Test
    void aCutoffChangedOnAnotherNodeIsReadAtOnce() throws SQLException {
        LocalTime before = followUps.cutoff(GatewayFamily.PAYFLEX).cutoff();
        LocalTime other = before.equals(LocalTime.of(21, 15)) ? LocalTime.of(21, 45) : LocalTime.of(21, 15);
        try {
            update("update settlement_cutoff set cutoff_time = ? where family = ?", other.toString(), "PAYFLEX");
            assertEquals(other, followUps.cutoff(GatewayFamily.PAYFLEX).cutoff());
        } finally {
            update("update settlement_cutoff set cutoff_time = ? where family = ?", before.toString(), "PAYFLEX");
        }
    }

    private String text(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, parameter);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql);
                ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            assertEquals(1, p.executeUpdate(), sql);
        }
    }
}
