package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A file one fetch downloaded, and what became of it: IMPORTED (with its import), KNOWN, REFUSED or FAILED. */
@Entity
@Table(name = "settlement_fetched_file")
public class SettlementFetchedFile {

    public enum Outcome {
        IMPORTED,
        KNOWN,
        REFUSED,
        FAILED
    }

    @Id
    @SequenceGenerator(
            name = "settlement_fetched_file_seq",
            sequenceName = "settlement_fetched_file_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_fetched_file_seq")
    private Long id;

    @Column(name = "fetch_id", nullable = false)
    private long fetchId;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "file_bytes", nullable = false)
    private long fileBytes;

    @Column(name = "modified_at")
    private OffsetDateTime modifiedAt;

    @Column(nullable = false, length = 12)
    private String outcome;

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "reason_key", length = 100)
    private String reasonKey;

    @Column(name = "reason_detail", length = 2000)
    private String reasonDetail;

    @Column(name = "fetched_at", nullable = false)
    private OffsetDateTime fetchedAt;

    protected SettlementFetchedFile() {}

    public SettlementFetchedFile(long fetchId, long definitionId, FileResult r, OffsetDateTime now) {
        this.fetchId = fetchId;
        this.definitionId = definitionId;
        this.fileName = r.file().name();
        this.contentSha256 = r.sha256();
        this.fileBytes = r.file().bytes();
        this.modifiedAt = r.file().modified();
        this.outcome = r.outcome().name();
        this.importId = r.importId();
        this.reasonKey = r.reasonKey();
        this.reasonDetail = FetchResult.cap(r.reasonDetail(), 2000);
        this.fetchedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getFetchId() {
        return fetchId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public long getFileBytes() {
        return fileBytes;
    }

    public OffsetDateTime getModifiedAt() {
        return modifiedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getImportId() {
        return importId;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReasonDetail() {
        return reasonDetail;
    }

    public OffsetDateTime getFetchedAt() {
        return fetchedAt;
    }
}
