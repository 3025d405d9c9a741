package dev.vpos.reconciliation.application;

/**
 * An admin's settlement-source settings as sent. A null or empty {@code password} / {@code privateKey} keeps the
 * stored one ({@code removePassword} / {@code removePrivateKey} remove it); {@code hostKey}: null keeps the known host
 * key, empty forgets it (the next connection records the key it meets), an OpenSSH public key line pins it.
 */
public record SourceCommand(
        Boolean enabled,
        String host,
        Integer port,
        String username,
        String password,
        String privateKey,
        Boolean removePassword,
        Boolean removePrivateKey,
        String folder,
        String filePattern,
        Long mappingId,
        String fetchTime,
        String hostKey,
        Long version) {}
