package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.SourceCommand;

/**
 * Body of {@code PUT .../settlement-source}: where the definition's bank publishes its day-end files. {@code password}
 * and {@code privateKey} (an OpenSSH or PEM private key) are write-only: empty keeps the stored one.
 * {@code hostKey}: absent keeps the known host key, {@code ""} forgets it, an OpenSSH public key line pins it.
 */
public class SettlementSourceRequest {
    public Boolean enabled;
    public String host;
    public Integer port;
    public String username;
    public String password;
    public String privateKey;
    public Boolean removePassword;
    public Boolean removePrivateKey;
    public String folder;
    public String filePattern;
    public Long mappingId;
    /** HH:mm, every day, in the business time zone. */
    public String fetchTime;

    public String hostKey;
    public Long version;

    SourceCommand toCommand() {
        return new SourceCommand(
                enabled,
                host,
                port,
                username,
                password,
                privateKey,
                removePassword,
                removePrivateKey,
                folder,
                filePattern,
                mappingId,
                fetchTime,
                hostKey,
                version);
    }
}
