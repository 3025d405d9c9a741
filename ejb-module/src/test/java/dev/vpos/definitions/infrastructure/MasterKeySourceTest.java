package dev.vpos.definitions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeySourceTest {

    @TempDir
    Path dir;

    @Test
    void createsAPrivateKeyFileOnlyWhenAllowed() throws Exception {
        Path file = dir.resolve("security/vpos-master.key");

        assertThrows(IllegalStateException.class, () -> new MasterKeySource(file, false).current());
        MasterKey key = new MasterKeySource(file, true).current();

        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key.id(), new MasterKeySource(file, false).current().id(), "the same key is read back");
    }

    @Test
    void rotationKeepsOldValuesOpenableUntilTheOldKeyIsRetired() {
        MasterKeySource keys = new MasterKeySource(dir.resolve("k"), true);
        AesGcmSecretSealer sealer = new AesGcmSecretSealer(keys);
        String before = sealer.seal("ISBANK07", "password");
        String oldId = keys.current().id();

        KeyRing rotated = keys.rotateFile();

        assertNotEquals(oldId, rotated.current().id());
        assertEquals(oldId, rotated.previous().get(0).id());
        assertEquals("ISBANK07", sealer.open(before, "password"));
        String after = sealer.seal("ISBANK07", "password");
        assertEquals(rotated.current().id(), sealer.keyIdOf(after));

        keys.retirePreviousInFile();

        assertEquals("ISBANK07", sealer.open(after, "password"));
        assertThrows(IllegalStateException.class, () -> sealer.open(before, "password"));
    }

    @Test
    void anotherNodeSharingTheFileFollowsARotation() throws Exception {
        Path file = dir.resolve("shared.key");
        MasterKeySource nodeA = new MasterKeySource(file, true);
        nodeA.current();
        MasterKeySource nodeB = new MasterKeySource(file, false);
        String oldId = nodeB.current().id();

        // at once: the rotation may fall in the same tick of the file system's clock as the file B read
        nodeA.rotateFile();

        assertNotEquals(oldId, nodeB.current().id());
        assertEquals(nodeA.current().id(), nodeB.current().id());
    }
}
