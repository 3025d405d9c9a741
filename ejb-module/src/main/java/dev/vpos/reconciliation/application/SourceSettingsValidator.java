package dev.vpos.reconciliation.application;

import dev.vpos.reconciliation.domain.FileNamePattern;
import dev.vpos.reconciliation.domain.SettlementSource;
import dev.vpos.reconciliation.domain.SourceSettings;
import dev.vpos.reconciliation.infrastructure.SftpDropBox;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/** Checks an admin's settlement-source settings, every field at once; answers them with the secrets to seal. */
final class SourceSettingsValidator {

    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.\\-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]");
    private static final DateTimeFormatter HH_MM =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    static final int MAX_KEY_CHARS = 10_000;

    /** What passed: the settings, and the secrets given now (null: keep the stored one). */
    record Valid(SourceSettings settings, String password, String privateKey) {}

    private final LongPredicate mappingExists;

    SourceSettingsValidator(LongPredicate mappingExists) {
        this.mappingExists = mappingExists;
    }

    Valid check(SourceCommand c, SettlementSource stored) {
        if (c == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String host = trimmed(c.host());
        if (host == null) {
            errors.add(FieldError.of("host", "field.required"));
        } else if (host.length() > 253 || !HOST.matcher(host).matches()) {
            errors.add(FieldError.of("host", "settlementSource.host"));
        }
        int port = c.port() == null ? 22 : c.port();
        if (port < 1 || port > 65535) {
            errors.add(FieldError.of("port", "field.range", 1, 65535));
        }
        String user = trimmed(c.username());
        if (user == null) {
            errors.add(FieldError.of("username", "field.required"));
        } else if (user.length() > 100 || user.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of("username", "field.tooLong", 100));
        }
        String password = c.password() == null || c.password().isEmpty() ? null : c.password();
        if (password != null && password.length() > 500) {
            errors.add(FieldError.of("password", "field.tooLong", 500));
        }
        String key = c.privateKey() == null || c.privateKey().isBlank()
                ? null
                : c.privateKey().strip() + "\n";
        if (key != null && (key.length() > MAX_KEY_CHARS || !readableKey(key))) {
            errors.add(FieldError.of("privateKey", "settlementSource.privateKey"));
        }
        boolean passwordLeft = password != null
                || (stored != null && stored.getPasswordSealed() != null && !Boolean.TRUE.equals(c.removePassword()));
        boolean keyLeft = key != null
                || (stored != null
                        && stored.getPrivateKeySealed() != null
                        && !Boolean.TRUE.equals(c.removePrivateKey()));
        if (!passwordLeft && !keyLeft) {
            errors.add(FieldError.of("password", "settlementSource.credentialsNeeded"));
        }
        String folder = trimmed(c.folder());
        if (folder == null) {
            errors.add(FieldError.of("folder", "field.required"));
        } else if (!folder.startsWith("/")
                || folder.length() > 500
                || folder.contains("\\")
                || folder.chars().anyMatch(Character::isISOControl)
                || List.of(folder.split("/")).contains("..")) {
            errors.add(FieldError.of("folder", "settlementSource.folder"));
        }
        FileNamePattern pattern = FileNamePattern.parse(c.filePattern());
        if (c.filePattern() == null || c.filePattern().isBlank()) {
            errors.add(FieldError.of("filePattern", "field.required"));
        } else if (pattern == null) {
            errors.add(FieldError.of("filePattern", "settlementSource.filePattern"));
        }
        if (c.mappingId() == null) {
            errors.add(FieldError.of("mappingId", "field.required"));
        } else if (!mappingExists.test(c.mappingId())) {
            errors.add(FieldError.of("mappingId", "reconciliation.mapping"));
        }
        LocalTime fetchTime = null;
        if (trimmed(c.fetchTime()) == null) {
            errors.add(FieldError.of("fetchTime", "field.required"));
        } else {
            try {
                fetchTime = LocalTime.parse(c.fetchTime().trim(), HH_MM);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("fetchTime", "settlementSource.fetchTime"));
            }
        }
        if (c.hostKey() != null
                && !c.hostKey().isBlank()
                && (c.hostKey().length() > 4000 || SftpDropBox.parseHostKey(c.hostKey()) == null)) {
            errors.add(FieldError.of("hostKey", "settlementSource.hostKey"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Valid(
                new SourceSettings(
                        c.enabled() == null || c.enabled(),
                        host,
                        port,
                        user,
                        folder,
                        pattern.text(),
                        c.mappingId(),
                        fetchTime),
                password,
                key);
    }

    private static boolean readableKey(String key) {
        try (InputStream in = new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8))) {
            Iterable<KeyPair> pairs =
                    SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("private key"), in, null);
            return pairs != null && pairs.iterator().hasNext();
        } catch (Exception e) {
            return false;
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
