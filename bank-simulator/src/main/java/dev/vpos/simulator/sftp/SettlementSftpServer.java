package dev.vpos.simulator.sftp;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.logging.Logger;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The simulated banks' SFTP server (Apache MINA SSHD): the {@link SettlementDropbox} folder, one user with a password,
 * SFTP only (no shell, no exec). Started with the simulator when {@code vpos.simulator.sftpPort} is set (> 0);
 * {@code vpos.simulator.sftpUser} / {@code vpos.simulator.sftpPassword} (default {@code settlement} /
 * {@code settlement-test}), listening on {@code vpos.simulator.sftpHost} (default 127.0.0.1). Its host key is generated once into {@code <root>/../vpos-simulator-sftp-hostkey.ser}
 * and kept, so a client that pinned it keeps trusting it across restarts.
 */
@WebListener
public class SettlementSftpServer implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SettlementSftpServer.class.getName());

    private SshServer server;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        int port = Integer.getInteger("vpos.simulator.sftpPort", 0);
        if (port <= 0) {
            return;
        }
        try {
            server = start(
                    port,
                    SettlementDropbox.root(),
                    System.getProperty("vpos.simulator.sftpUser", "settlement"),
                    System.getProperty("vpos.simulator.sftpPassword", "settlement-test"));
            LOG.info(() -> "Settlement files served over SFTP on port " + server.getPort() + " from "
                    + SettlementDropbox.root());
        } catch (IOException e) {
            // the banks' HTTP side stays up without it (another server on this machine may hold the port)
            LOG.severe(() -> "The simulator's SFTP server could not start on port " + port + ": " + e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                LOG.warning(() -> "SFTP server stop: " + e);
            }
        }
    }

    /** Starts a server on {@code port} (0 = any free port: read it back with {@link SshServer#getPort()}). */
    public static SshServer start(int port, Path root, String user, String password) throws IOException {
        Files.createDirectories(root);
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(System.getProperty("vpos.simulator.sftpHost", "127.0.0.1"));
        sshd.setPort(port);
        Path hostKey = root.toAbsolutePath().getParent().resolve(root.getFileName() + "-hostkey.ser");
        sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
        sshd.setPasswordAuthenticator((u, p, session) -> user.equals(u) && constantTimeEquals(password, p));
        sshd.setPublickeyAuthenticator((u, key, session) -> false);
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
        sshd.start();
        return sshd;
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
