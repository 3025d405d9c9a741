package dev.vpos.reconciliation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpos.reconciliation.domain.SettlementSource;
import dev.vpos.reconciliation.domain.SourceSettings;
import dev.vpos.shared.domain.InvalidInputException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSettingsValidatorTest {

    private final SourceSettingsValidator validator = new SourceSettingsValidator(id -> id == 7L);

    private static SourceCommand command(
            String host,
            Integer port,
            String password,
            String folder,
            String pattern,
            Long mapping,
            String time,
            String hostKey) {
        return new SourceCommand(
                true,
                host,
                port,
                "settlement",
                password,
                null,
                null,
                null,
                folder,
                pattern,
                mapping,
                time,
                hostKey,
                null);
    }

    private static List<String> problems(SourceCommand c, SettlementSource stored) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> new SourceSettingsValidator(id -> id == 7L).check(c, stored));
        return e.errors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }

    @Test
    void goodSettingsPassWithThePortDefaultedAndTheSecretToSeal() {
        SourceSettingsValidator.Valid v = validator.check(
                command(" sftp.bank.example ", null, "pw", "/out/700655000200", "est-*.csv", 7L, "23:50", null), null);
        assertEquals(
                new SourceSettings(
                        true,
                        "sftp.bank.example",
                        22,
                        "settlement",
                        "/out/700655000200",
                        "est-*.csv",
                        7L,
                        LocalTime.of(23, 50)),
                v.settings());
        assertEquals("pw", v.password());
        assertNull(v.privateKey());
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertEquals(
                List.of(
                        "host:settlementSource.host",
                        "port:field.range",
                        "password:settlementSource.credentialsNeeded",
                        "folder:settlementSource.folder",
                        "filePattern:settlementSource.filePattern",
                        "mappingId:reconciliation.mapping",
                        "fetchTime:settlementSource.fetchTime",
                        "hostKey:settlementSource.hostKey"),
                problems(
                        command("bad host!", 70000, "", "/out/../etc", "a/b*.csv", 8L, "24:00", "ssh-rsa nonsense"),
                        null));
    }

    @Test
    void missingFieldsAreRequired() {
        assertEquals(
                List.of(
                        "host:field.required",
                        "password:settlementSource.credentialsNeeded",
                        "folder:field.required",
                        "filePattern:field.required",
                        "mappingId:field.required",
                        "fetchTime:field.required"),
                problems(command(null, null, null, " ", null, null, null, null), null));
    }

    @Test
    void aStoredPasswordIsKeptWhenNoneIsSentButNotWhenItIsRemoved() {
        SettlementSource stored = new SettlementSource(1, 1);
        stored.configure(
                new SourceSettings(true, "h", 22, "u", "/", "*", 7L, LocalTime.NOON),
                "sealed",
                null,
                "admin",
                OffsetDateTime.now());
        SourceCommand keep = command("h", 22, null, "/", "*", 7L, "12:00", null);
        assertNull(validator.check(keep, stored).password());
        SourceCommand remove =
                new SourceCommand(true, "h", 22, "u", null, null, true, null, "/", "*", 7L, "12:00", null, 0L);
        assertEquals(List.of("password:settlementSource.credentialsNeeded"), problems(remove, stored));
    }

    @Test
    void anUnreadablePrivateKeyIsRefused() {
        SourceCommand c = new SourceCommand(
                true,
                "h",
                22,
                "u",
                null,
                "-----BEGIN OPENSSH PRIVATE KEY-----\nnope\n-----END OPENSSH PRIVATE KEY-----",
                null,
                null,
                "/",
                "*",
                7L,
                "12:00",
                null,
                null);
        assertEquals(List.of("privateKey:settlementSource.privateKey"), problems(c, null));
    }

    @Test
    void anOpenSshPrivateKeyIsAcceptedAndCountsAsTheCredential() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        java.io.ByteArrayOutputStream pem = new java.io.ByteArrayOutputStream();
        org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(
                g.generateKeyPair(), "settlement", null, pem);
        String key = pem.toString(java.nio.charset.StandardCharsets.UTF_8);
        SourceCommand c =
                new SourceCommand(true, "h", 22, "u", null, key, null, null, "/", "*", 7L, "12:00", null, null);
        SourceSettingsValidator.Valid v = validator.check(c, null);
        assertEquals(key.strip() + "\n", v.privateKey());
        assertNull(v.password());
    }

    @Test
    void aRealPublicKeyLineIsAcceptedAsThePinnedHostKey() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        String line = org.apache.sshd.common.config.keys.PublicKeyEntry.toString(
                g.generateKeyPair().getPublic());
        validator.check(command("h", 22, "pw", "/", "*", 7L, "12:00", line), null);
    }
}
