package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.FileNamePattern;
import dev.vpos.reconciliation.domain.RemoteFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * A bank's SFTP drop box, read with Apache MINA SSHD's client: connect (deadline), check the server's host key
 * (pinned or recorded at first use: a server that presents another key is refused before any password is sent), log
 * in with the password and/or the private key, list the folder, download the wanted files into memory (each at most
 * {@code maxFileBytes}), disconnect. Every step has a deadline (connect, authentication, each read) and the whole
 * transfer one more: when it passes the session is closed, which ends any read still waiting. Touches no database.
 */
@ApplicationScoped
public class SftpDropBox {

    /** Where and how long. */
    public record Endpoint(
            String host,
            int port,
            String user,
            String folder,
            Duration connectTimeout,
            Duration readTimeout,
            Duration totalDeadline,
            long maxFileBytes) {}

    /** The opened secrets, for the moment of the connection only; never printed. */
    public record Login(String password, String privateKey) {
        @Override
        public String toString() {
            return "Login[password " + (password == null ? "none" : "set") + ", private key "
                    + (privateKey == null ? "none" : "set") + "]";
        }
    }

    /** One downloaded file. */
    public record Download(RemoteFile file, byte[] content) {}

    /** What a transfer brought: the server's key (OpenSSH line), the files matching the pattern, the downloads. */
    public record Transfer(
            String hostKey, String hostKeyFingerprint, List<RemoteFile> listed, List<Download> downloads) {}

    /** Why a transfer did not happen or broke off: a message key ({@code settlementFetch.*}) and the detail. */
    public static final class Failure extends Exception {
        private final String reasonKey;

        public Failure(String reasonKey, String detail, Throwable cause) {
            super(detail, cause);
            this.reasonKey = reasonKey;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }

    public Transfer fetch(
            Endpoint e, Login login, String pinnedHostKey, FileNamePattern pattern, Predicate<RemoteFile> wanted)
            throws Failure {
        PublicKey pinned = pinnedHostKey == null ? null : parseHostKey(pinnedHostKey);
        AtomicReference<PublicKey> presented = new AtomicReference<>();
        AtomicBoolean timedOut = new AtomicBoolean();
        SshClient client = SshClient.setUpDefaultClient();
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, e.connectTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(client, e.readTimeout());
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, e.readTimeout());
        CoreModuleProperties.IDLE_TIMEOUT.set(client, e.readTimeout());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, e.readTimeout());
        client.setServerKeyVerifier((session, address, key) -> {
            presented.set(key);
            return pinned == null || KeyUtils.compareKeys(pinned, key);
        });
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "settlement-sftp-deadline");
            t.setDaemon(true);
            return t;
        });
        client.start();
        try (ClientSession session = connect(client, e)) {
            watchdog.schedule(
                    () -> {
                        timedOut.set(true);
                        session.close(true);
                    },
                    e.totalDeadline().toMillis(),
                    TimeUnit.MILLISECONDS);
            authenticate(session, e, login, pinned, presented);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                List<RemoteFile> listed = list(sftp, e.folder(), pattern);
                List<Download> downloads = new ArrayList<>();
                for (RemoteFile f : listed) {
                    if (wanted.test(f)) {
                        downloads.add(new Download(f, read(sftp, e, f)));
                    }
                }
                PublicKey key = presented.get();
                return new Transfer(PublicKeyEntry.toString(key), KeyUtils.getFingerPrint(key), listed, downloads);
            }
        } catch (IOException x) {
            if (timedOut.get()) {
                throw new Failure(
                        "settlementFetch.timeout",
                        "the transfer took longer than " + e.totalDeadline().toSeconds() + " s",
                        x);
            }
            if (x instanceof SftpException s && s.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                throw new Failure("settlementFetch.folderMissing", "no such folder: " + e.folder(), x);
            }
            throw new Failure("settlementFetch.transferFailed", describe(x), x);
        } finally {
            watchdog.shutdownNow();
            try {
                client.stop();
            } catch (RuntimeException ignored) {
                // stopping a client that never connected
            }
        }
    }

    private static ClientSession connect(SshClient client, Endpoint e) throws Failure {
        try {
            return client.connect(e.user(), e.host(), e.port())
                    .verify(e.connectTimeout())
                    .getSession();
        } catch (IOException | RuntimeException x) {
            throw new Failure(
                    "settlementFetch.unreachable",
                    e.host() + ":" + e.port() + ": " + describe(x),
                    x instanceof IOException ? x : null);
        }
    }

    private static void authenticate(
            ClientSession session, Endpoint e, Login login, PublicKey pinned, AtomicReference<PublicKey> presented)
            throws Failure {
        if (login.password() != null) {
            session.addPasswordIdentity(login.password());
        }
        if (login.privateKey() != null) {
            for (KeyPair k : keyPairs(session, login.privateKey())) {
                session.addPublicKeyIdentity(k);
            }
        }
        try {
            session.auth().verify(e.readTimeout());
        } catch (IOException x) {
            checkHostKey(pinned, presented.get());
            if (presented.get() == null) {
                // no key exchange: not an SSH server there, or it hung up
                throw new Failure("settlementFetch.unreachable", e.host() + ":" + e.port() + ": " + describe(x), x);
            }
            throw new Failure("settlementFetch.authRefused", "user " + e.user() + ": " + describe(x), x);
        }
    }

    /** The server's key was not the pinned one: reported before any credential is sent. */
    private static void checkHostKey(PublicKey pinned, PublicKey presented) throws Failure {
        if (pinned != null && presented != null && !KeyUtils.compareKeys(pinned, presented)) {
            throw new Failure(
                    "settlementFetch.hostKeyChanged",
                    "expected " + KeyUtils.getFingerPrint(pinned) + ", the server presented "
                            + KeyUtils.getFingerPrint(presented),
                    null);
        }
    }

    private static List<RemoteFile> list(SftpClient sftp, String folder, FileNamePattern pattern) throws IOException {
        try {
            return listed(sftp, folder, pattern);
        } catch (java.io.UncheckedIOException e) {
            // the listing is read lazily: its failures arrive wrapped
            throw e.getCause();
        }
    }

    private static List<RemoteFile> listed(SftpClient sftp, String folder, FileNamePattern pattern) throws IOException {
        List<RemoteFile> files = new ArrayList<>();
        for (SftpClient.DirEntry entry : sftp.readDir(folder)) {
            SftpClient.Attributes a = entry.getAttributes();
            if (a.isRegularFile() && pattern.matches(entry.getFilename())) {
                OffsetDateTime modified = a.getModifyTime() == null
                        ? null
                        : OffsetDateTime.ofInstant(a.getModifyTime().toInstant(), ZoneOffset.UTC);
                files.add(new RemoteFile(entry.getFilename(), a.getSize(), modified));
            }
        }
        files.sort(java.util.Comparator.comparing(RemoteFile::name));
        return files;
    }

    private static byte[] read(SftpClient sftp, Endpoint e, RemoteFile f) throws IOException, Failure {
        if (f.bytes() > e.maxFileBytes()) {
            throw new Failure("settlementFetch.fileTooLarge", f.name() + ": " + f.bytes() + " bytes", null);
        }
        try (InputStream in = sftp.read(path(e.folder(), f.name()))) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, e.maxFileBytes() + 1));
            if (content.length > e.maxFileBytes()) {
                throw new Failure("settlementFetch.fileTooLarge", f.name() + ": grew while read", null);
            }
            return content;
        }
    }

    static String path(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    private static Iterable<KeyPair> keyPairs(ClientSession session, String privateKey) throws Failure {
        try (InputStream in = new ByteArrayInputStream(privateKey.getBytes(StandardCharsets.UTF_8))) {
            Iterable<KeyPair> pairs =
                    SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName("private key"), in, null);
            if (pairs == null || !pairs.iterator().hasNext()) {
                throw new Failure("settlementFetch.privateKeyUnreadable", "no key in the private key text", null);
            }
            return pairs;
        } catch (IOException | GeneralSecurityException | RuntimeException x) {
            throw new Failure(
                    "settlementFetch.privateKeyUnreadable", x.getClass().getSimpleName(), null);
        }
    }

    /** An OpenSSH public key line ({@code ssh-ed25519 AAAA... comment}); null when it is none. */
    public static PublicKey parseHostKey(String line) {
        try {
            return PublicKeyEntry.parsePublicKeyEntry(line.trim())
                    .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** The SHA-256 fingerprint of an OpenSSH public key line, or null. */
    public static String fingerprint(String line) {
        PublicKey k = line == null ? null : parseHostKey(line);
        return k == null ? null : KeyUtils.getFingerPrint(k);
    }

    private static String describe(Throwable x) {
        Throwable root = x;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root instanceof ConnectException
                ? "connection refused"
                : root instanceof UnknownHostException || root instanceof UnresolvedAddressException
                        ? "unknown host"
                        : root instanceof NoRouteToHostException
                                ? "no route to host"
                                : root.getClass().getSimpleName();
        String message = root.getMessage();
        return message == null || message.isBlank() ? kind : kind + " (" + message + ")";
    }
}
