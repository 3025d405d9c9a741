package dev.vpos.simulator.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's SFTP server serves the drop box's settlement files to the right user only. */
class SettlementSftpServerTest {

    @TempDir
    Path temp;

    private SshServer server;
    private SshClient client;

    @BeforeEach
    void start() throws IOException {
        server = SettlementSftpServer.start(0, temp.resolve("sftp"), "settlement", "s3cret");
        client = SshClient.setUpDefaultClient();
        // the test trusts the simulator's freshly generated host key; a real client pins it
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() throws IOException {
        client.stop();
        server.stop(true);
    }

    @Test
    void aPublishedDayEndFileIsListedAndReadWholeOverSftp() throws IOException {
        String csv = "order_id;amount\nVP1;150,00\n";
        SettlementDropbox.write(temp.resolve("sftp"), "EST", LocalDate.of(2026, 12, 7), csv);
        try (ClientSession session = session("s3cret");
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            List<String> names = new ArrayList<>();
            sftp.readDir("/est").forEach(e -> names.add(e.getFilename()));
            assertEquals(
                    List.of("est-settlement-2026-12-07.csv"),
                    names.stream().filter(n -> !n.startsWith(".")).toList());
            try (InputStream in = sftp.read("/est/est-settlement-2026-12-07.csv")) {
                assertEquals(csv, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertFalse(
                Files.list(temp.resolve("sftp/est")).anyMatch(p -> p.toString().endsWith(".part")));
    }

    @Test
    void aWrongPasswordIsRefused() throws IOException {
        try (ClientSession session = client.connect("settlement", "127.0.0.1", server.getPort())
                .verify(Duration.ofSeconds(10))
                .getSession()) {
            session.addPasswordIdentity("guess");
            assertThrows(IOException.class, () -> session.auth().verify(Duration.ofSeconds(10)));
        }
    }

    private ClientSession session(String password) throws IOException {
        ClientSession session = client.connect("settlement", "127.0.0.1", server.getPort())
                .verify(Duration.ofSeconds(10))
                .getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(Duration.ofSeconds(10));
        return session;
    }
}
