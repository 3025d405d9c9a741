package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Where a VPOS definition's bank publishes its day-end settlement files: an SFTP drop box (host, port, user, password
 * and/or private key — both sealed —, folder, file-name pattern), the mapping its files are read with, and the time of
 * day the job fetches them. Holds the fetch's schedule too: when next, and how many runs failed in a row.
 */
@Entity
@Table(name = "settlement_source")
public class SettlementSource {

    @Id
    @Column(name = "definition_id")
    private Long definitionId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 253)
    private String host;

    @Column(nullable = false)
    private int port;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "password_sealed", length = 4000)
    private String passwordSealed;

    @Column(name = "private_key_sealed", length = 16000)
    private String privateKeySealed;

    @Column(nullable = false, length = 500)
    private String folder;

    @Column(name = "file_pattern", nullable = false, length = 200)
    private String filePattern;

    @Column(name = "mapping_id", nullable = false)
    private long mappingId;

    @Column(name = "fetch_time", nullable = false, length = 5)
    private String fetchTime;

    @Column(name = "host_key", length = 4000)
    private String hostKey;

    @Column(name = "host_key_recorded")
    private OffsetDateTime hostKeyRecorded;

    @Column(name = "next_fetch_at")
    private OffsetDateTime nextFetchAt;

    @Column(nullable = false)
    private int failures;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected SettlementSource() {}

    public SettlementSource(long definitionId, long companyId) {
        this.definitionId = definitionId;
        this.companyId = companyId;
    }

    /** The admin's settings (secrets already sealed; a null secret keeps the stored one). */
    public void configure(SourceSettings s, String sealedPassword, String sealedKey, String actor, OffsetDateTime now) {
        this.enabled = s.enabled();
        this.host = Objects.requireNonNull(s.host());
        this.port = s.port();
        this.username = Objects.requireNonNull(s.username());
        this.folder = Objects.requireNonNull(s.folder());
        this.filePattern = Objects.requireNonNull(s.filePattern());
        this.mappingId = s.mappingId();
        this.fetchTime = s.fetchTime().toString();
        if (sealedPassword != null) {
            this.passwordSealed = sealedPassword;
        }
        if (sealedKey != null) {
            this.privateKeySealed = sealedKey;
        }
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public void removePassword() {
        this.passwordSealed = null;
    }

    public void removePrivateKey() {
        this.privateKeySealed = null;
    }

    /** Pins the server's key the admin gave; null forgets it (the next connection records the key it meets). */
    public void pinHostKey(String openSshKey, OffsetDateTime now) {
        this.hostKey = openSshKey;
        this.hostKeyRecorded = openSshKey == null ? null : now;
    }

    public void scheduleAt(OffsetDateTime next) {
        this.nextFetchAt = next;
    }

    public void resealed(String password, String privateKey) {
        this.passwordSealed = password;
        this.privateKeySealed = privateKey;
    }

    public SourceSettings settings() {
        return new SourceSettings(
                enabled, host, port, username, folder, filePattern, mappingId, java.time.LocalTime.parse(fetchTime));
    }

    public Long getDefinitionId() {
        return definitionId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPasswordSealed() {
        return passwordSealed;
    }

    public String getPrivateKeySealed() {
        return privateKeySealed;
    }

    public String getHostKey() {
        return hostKey;
    }

    public OffsetDateTime getHostKeyRecorded() {
        return hostKeyRecorded;
    }

    public OffsetDateTime getNextFetchAt() {
        return nextFetchAt;
    }

    public int getFailures() {
        return failures;
    }

    public OffsetDateTime getClaimedUntil() {
        return claimedUntil;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
