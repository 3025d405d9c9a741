package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One uploaded settlement file: IMPORTING while its lines are stored and matched, then DONE or FAILED. */
@Entity
@Table(name = "statement_import")
public class StatementImport {

    public static final String IMPORTING = "IMPORTING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Id
    @SequenceGenerator(name = "statement_import_seq", sequenceName = "statement_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_import_seq")
    private Long id;

    @Column(name = "day_id", nullable = false)
    private long dayId;

    @Column(name = "mapping_id", nullable = false)
    private long mappingId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    @Column(name = "file_bytes", nullable = false)
    private long fileBytes;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(nullable = false, length = 12)
    private String status = IMPORTING;

    @Column(length = 1000)
    private String failure;

    @Column(name = "matched_count")
    private Integer matchedCount;

    @Column(name = "difference_count")
    private Integer differenceCount;

    @Column(name = "missing_in_erp")
    private Integer missingInErp;

    @Column(name = "missing_at_bank")
    private Integer missingAtBank;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected StatementImport() {}

    public StatementImport(
            long dayId,
            long mappingId,
            String fileName,
            String contentSha256,
            long fileBytes,
            int lineCount,
            String importedBy,
            OffsetDateTime now) {
        this.dayId = dayId;
        this.mappingId = mappingId;
        this.fileName = fileName;
        this.contentSha256 = contentSha256;
        this.fileBytes = fileBytes;
        this.lineCount = lineCount;
        this.importedBy = importedBy;
        this.startedAt = now;
    }

    /** Nothing of it stays; the hash is cleared so that the same file can be imported again. */
    public void fail(String reason, OffsetDateTime now) {
        status = FAILED;
        failure = reason == null ? "failed" : reason.substring(0, Math.min(1000, reason.length()));
        contentSha256 = null;
        finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getDayId() {
        return dayId;
    }

    public long getMappingId() {
        return mappingId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileBytes() {
        return fileBytes;
    }

    public int getLineCount() {
        return lineCount;
    }

    public String getStatus() {
        return status;
    }

    public String getFailure() {
        return failure;
    }

    public Integer getMatchedCount() {
        return matchedCount;
    }

    public Integer getDifferenceCount() {
        return differenceCount;
    }

    public Integer getMissingInErp() {
        return missingInErp;
    }

    public Integer getMissingAtBank() {
        return missingAtBank;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }
}
