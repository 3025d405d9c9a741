package dev.vpos.reconciliation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.reconciliation.domain.FileNamePattern;
import dev.vpos.reconciliation.domain.RemoteFile;
import dev.vpos.simulator.sftp.SettlementSftpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SFTP client against the bank simulator's real SFTP server (Apache MINA SSHD on both sides). */
class SftpDropBoxTest {

    private static final String CSV = "order_id;amount\r\nVP1;150,00\r\n";
    private static final FileNamePattern PATTERN = FileNamePattern.parse("est-settlement-*.csv");

    @TempDir
    Path temp;

    private SshServer server;
    private final SftpDropBox box = new SftpDropBox();

    @BeforeEach
    void start() throws IOException {
        Path root = temp.resolve("sftp");
        Path folder = Files.createDirectories(root.resolve("est/700655000600"));
        Files.writeString(folder.resolve("est-settlement-2026-12-07.csv"), CSV, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("est-settlement-2026-12-08.csv"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".tmp.part"), "half", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("readme.txt"), "not a statement", StandardCharsets.UTF_8);
        server = SettlementSftpServer.start(0, root, "settlement", "s3cret");
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(true);
    }

    private SftpDropBox.Endpoint endpoint(int port, String folder) {
        return new SftpDropBox.Endpoint(
                "127.0.0.1",
                port,
                "settlement",
                folder,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                1 << 20);
    }

    private static SftpDropBox.Login password(String p) {
        return new SftpDropBox.Login(p, null);
    }

    @Test
    void listsTheMatchingFilesAndDownloadsOnlyTheWantedOnesWhole() throws Exception {
        SftpDropBox.Transfer t = box.fetch(
                endpoint(server.getPort(), "/est/700655000600"),
                password("s3cret"),
                null,
                PATTERN,
                f -> f.name().endsWith("07.csv"));
        assertEquals(
                List.of("est-settlement-2026-12-07.csv", "est-settlement-2026-12-08.csv"),
                t.listed().stream().map(RemoteFile::name).toList());
        assertEquals(1, t.downloads().size());
        assertArrayEquals(
                CSV.getBytes(StandardCharsets.UTF_8), t.downloads().get(0).content());
        assertEquals(CSV.length(), t.listed().get(0).bytes());
        assertNotNull(t.listed().get(0).modified());
        assertTrue(t.hostKey().startsWith("ssh-") || t.hostKey().startsWith("ecdsa-"), t.hostKey());
        assertTrue(t.hostKeyFingerprint().startsWith("SHA256:"), t.hostKeyFingerprint());
    }

    @Test
    void thePinnedKeyIsAcceptedAndAnotherServerKeyIsRefusedBeforeLoggingIn() throws Exception {
        String key = box.fetch(
                        endpoint(server.getPort(), "/est/700655000600"), password("s3cret"), null, PATTERN, f -> false)
                .hostKey();
        box.fetch(endpoint(server.getPort(), "/est/700655000600"), password("s3cret"), key, PATTERN, f -> false);

        Path otherRoot = temp.resolve("other/sftp");
        SshServer other = SettlementSftpServer.start(0, otherRoot, "settlement", "s3cret");
        try {
            SftpDropBox.Failure f = assertThrows(
                    SftpDropBox.Failure.class,
                    () -> box.fetch(endpoint(other.getPort(), "/"), password("s3cret"), key, PATTERN, x -> true));
            assertEquals("settlementFetch.hostKeyChanged", f.reasonKey());
            assertTrue(f.getMessage().contains("SHA256:"), f.getMessage());
        } finally {
            other.stop(true);
        }
    }

    @Test
    void aWrongPasswordIsAnAuthenticationRefusal() {
        SftpDropBox.Failure f = assertThrows(
                SftpDropBox.Failure.class,
                () -> box.fetch(endpoint(server.getPort(), "/est"), password("guess"), null, PATTERN, x -> true));
        assertEquals("settlementFetch.authRefused", f.reasonKey());
        assertTrue(!f.getMessage().contains("guess"), "the password is never in the reason: " + f.getMessage());
    }

    @Test
    void aPortWithNothingListeningIsUnreachable() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        SftpDropBox.Failure f = assertThrows(
                SftpDropBox.Failure.class,
                () -> box.fetch(endpoint(free, "/est"), password("s3cret"), null, PATTERN, x -> true));
        assertEquals("settlementFetch.unreachable", f.reasonKey());
        assertTrue(f.getMessage().contains("127.0.0.1:" + free), f.getMessage());
    }

    @Test
    void aServerThatNeverAnswersRunsIntoTheConnectDeadline() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            long started = System.nanoTime();
            SftpDropBox.Failure f = assertThrows(
                    SftpDropBox.Failure.class,
                    () -> box.fetch(
                            endpoint(silent.getLocalPort(), "/est"), password("s3cret"), null, PATTERN, x -> true));
            assertTrue(
                    List.of("settlementFetch.unreachable", "settlementFetch.timeout")
                            .contains(f.reasonKey()),
                    f.reasonKey() + ": " + f.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30);
        }
    }

    @Test
    void aMissingFolderIsSaidSo() {
        SftpDropBox.Failure f = assertThrows(
                SftpDropBox.Failure.class,
                () -> box.fetch(
                        endpoint(server.getPort(), "/est/nobody"), password("s3cret"), null, PATTERN, x -> true));
        assertEquals("settlementFetch.folderMissing", f.reasonKey());
    }

    @Test
    void aFileLargerThanAnImportTakesIsRefused() {
        SftpDropBox.Endpoint small = new SftpDropBox.Endpoint(
                "127.0.0.1",
                server.getPort(),
                "settlement",
                "/est/700655000600",
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                10);
        SftpDropBox.Failure f = assertThrows(
                SftpDropBox.Failure.class, () -> box.fetch(small, password("s3cret"), null, PATTERN, x -> true));
        assertEquals("settlementFetch.fileTooLarge", f.reasonKey());
    }
}
