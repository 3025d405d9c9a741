package dev.vpos.definitions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the master keys come from — never the database or the source. Either the environment
 * ({@code VPOS_MASTER_KEY}: Base64 of 32 bytes, the current key; {@code VPOS_PREVIOUS_MASTER_KEYS}: comma-separated
 * older keys still needed to open values sealed before a rotation), or the key file {@code vpos.secrets.keyFile}
 * (first line the current key, further lines previous keys). The file is re-read when it changes, so every node
 * sharing it follows a rotation. With {@code vpos.secrets.createKey=true} (run and test servers) a missing file is
 * created (mode 600) and the log says so.
 */
@ApplicationScoped
public class MasterKeySource {

    private static final Logger LOG = Logger.getLogger(MasterKeySource.class.getName());

    @Inject
    @ConfigProperty(name = "VPOS_MASTER_KEY")
    Optional<String> environmentKey;

    @Inject
    @ConfigProperty(name = "VPOS_PREVIOUS_MASTER_KEYS")
    Optional<String> environmentPreviousKeys;

    @Inject
    @ConfigProperty(name = "vpos.secrets.keyFile")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "vpos.secrets.createKey", defaultValue = "false")
    boolean createKey;

    private volatile KeyRing ring;
    private volatile FileVersion loadedVersion;

    /**
     * What tells a new key file from the one loaded: a rotation moves a new file in place (another file key), so a
     * change is seen even when both writes fall in one tick of the file system's clock.
     */
    private record FileVersion(FileTime modified, Object fileKey, long size) {

        static FileVersion of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileVersion(a.lastModifiedTime(), a.fileKey(), a.size());
        }
    }

    public MasterKeySource() {}

    /** File mode, for tests. */
    MasterKeySource(Path file, boolean createKey) {
        this.environmentKey = Optional.empty();
        this.environmentPreviousKeys = Optional.empty();
        this.keyFile = Optional.of(file.toString());
        this.createKey = createKey;
    }

    /** A fixed ring, for tests: the first key is current. */
    MasterKeySource(String... base64Keys) {
        this.ring = KeyRing.of(List.of(base64Keys));
        this.environmentKey = Optional.of(base64Keys[0]);
    }

    public MasterKey current() {
        return ring().current();
    }

    /** The key with this id, if this node knows it (current or previous). */
    public Optional<MasterKey> byId(String id) {
        return ring().byId(id);
    }

    public KeyRing ring() {
        KeyRing r = ring;
        if (r == null || fileChanged()) {
            synchronized (this) {
                if (ring == null || fileChanged()) {
                    ring = load();
                }
                r = ring;
            }
        }
        return r;
    }

    /** Whether the keys live in the environment (then an operator rotates them there) rather than in the file. */
    public boolean fromEnvironment() {
        return environmentKey.filter(s -> !s.isBlank()).isPresent();
    }

    /** File mode: a new current key, the old ones kept as previous until they are retired. */
    public synchronized KeyRing rotateFile() {
        KeyRing old = ring();
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        List<String> lines = new ArrayList<>();
        lines.add(Base64.getEncoder().encodeToString(bytes));
        lines.addAll(old.encoded());
        write(file(), lines);
        ring = load();
        LOG.warning(() ->
                "Master key rotated: new current key " + ring.current().id() + "; previous keys kept until retired.");
        return ring;
    }

    /** File mode: forget every key but the current one (after all values were re-sealed under it). */
    public synchronized KeyRing retirePreviousInFile() {
        KeyRing r = ring();
        write(file(), List.of(r.encoded().get(0)));
        ring = load();
        return ring;
    }

    private KeyRing load() {
        if (fromEnvironment()) {
            List<String> keys = new ArrayList<>(List.of(environmentKey.get().trim()));
            environmentPreviousKeys
                    .filter(s -> !s.isBlank())
                    .ifPresent(s -> List.of(s.split(",")).forEach(k -> keys.add(k.trim())));
            return KeyRing.of(keys);
        }
        Path file = file();
        try {
            if (!Files.exists(file)) {
                if (!createKey) {
                    throw new IllegalStateException(
                            "master key file " + file + " does not exist (see docs/admin-guide.md)");
                }
                create(file);
            }
            loadedVersion = FileVersion.of(file);
            return KeyRing.of(Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read master key file " + file, e);
        }
    }

    private boolean fileChanged() {
        if (fromEnvironment() || keyFile.isEmpty()) {
            return false;
        }
        try {
            Path file = file();
            return Files.exists(file) && !FileVersion.of(file).equals(loadedVersion);
        } catch (IOException e) {
            return false;
        }
    }

    private Path file() {
        return Path.of(keyFile.orElseThrow(() -> new IllegalStateException(
                "no master key: set VPOS_MASTER_KEY or vpos.secrets.keyFile (see docs/admin-guide.md)")));
    }

    private static void create(Path file) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        write(file, List.of(Base64.getEncoder().encodeToString(bytes)));
        MasterKey key = MasterKey.of(bytes);
        LOG.warning(() -> "Created a new master key " + key.id() + " at " + file
                + " to seal VPOS credentials. Back it up: sealed credentials cannot be opened without it.");
    }

    /** Writes a new version of the file next to it and moves it in place, readable by the owner only. */
    private static void write(Path file, List<String> lines) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".vpos-master", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's permissions protect it
            }
            Files.write(tmp, lines, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write master key file " + file, e);
        }
    }
}
