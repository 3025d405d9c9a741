package dev.vpos.definitions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the master key comes from — never the database or the source:
 * the environment variable {@code VPOS_MASTER_KEY} (Base64 of 32 bytes), else the key file
 * {@code vpos.secrets.keyFile}. When {@code vpos.secrets.createKey} is true (run and test servers)
 * and neither exists, a new key file is created (mode 600) and the log says so.
 */
@ApplicationScoped
public class MasterKeySource {

    private static final Logger LOG = Logger.getLogger(MasterKeySource.class.getName());

    @Inject
    @ConfigProperty(name = "VPOS_MASTER_KEY")
    Optional<String> environmentKey;

    @Inject
    @ConfigProperty(name = "vpos.secrets.keyFile")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "vpos.secrets.createKey", defaultValue = "false")
    boolean createKey;

    private volatile MasterKey key;

    public MasterKeySource() {
    }

    MasterKeySource(String base64Key) {
        this.key = MasterKey.of(Base64.getDecoder().decode(base64Key));
    }

    public MasterKey current() {
        MasterKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                k = key;
            }
        }
        return k;
    }

    private MasterKey load() {
        if (environmentKey.filter(s -> !s.isBlank()).isPresent()) {
            return MasterKey.of(Base64.getDecoder().decode(environmentKey.get().trim()));
        }
        Path file = Path.of(keyFile.orElseThrow(() -> new IllegalStateException(
                "no master key: set VPOS_MASTER_KEY or vpos.secrets.keyFile (see docs/admin-guide.md)")));
        try {
            if (Files.exists(file)) {
                return MasterKey.of(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
            }
            if (!createKey) {
                throw new IllegalStateException("master key file " + file + " does not exist");
            }
            return create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read master key file " + file, e);
        }
    }

    private static MasterKey create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the directory's permissions protect it
        }
        MasterKey key = MasterKey.of(bytes);
        LOG.warning(() -> "Created a new master key " + key.id() + " at " + file
                + " to seal VPOS credentials. Back it up: sealed credentials cannot be opened without it.");
        return key;
    }
}
