package dev.vpos.branding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A company's logo as the payer's page shows it: a PNG or JPEG image an administrator uploaded, at most
 * {@link #MAX_BYTES}; {@code version} (a hash of the image) changes with every new image, so a cached copy is never
 * shown for a newer one.
 */
@Entity
@Table(name = "company_logo")
public class CompanyLogo {

    public static final int MAX_BYTES = 200 * 1024;

    @Id
    @Column(name = "company_id")
    private long companyId;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "version", nullable = false, length = 16)
    private String version;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected CompanyLogo() {}

    public CompanyLogo(long companyId) {
        this.companyId = companyId;
    }

    /** Puts a new image in place of the old one. */
    public void replace(LogoImage image, String version, String actor, OffsetDateTime at) {
        this.contentType = image.contentType();
        this.content = image.bytes().clone();
        this.version = Objects.requireNonNull(version);
        this.updatedBy = Objects.requireNonNull(actor);
        this.updatedAt = at;
    }

    public long companyId() {
        return companyId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String version() {
        return version;
    }
}
