package dev.vpos.alerts.domain;

import dev.vpos.shared.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The language a company's alert e-mails are written in, chosen by its admins (the recipients are a team's addresses,
 * not users with a language of their own). A company without one gets English.
 */
@Entity
@Table(name = "alert_mail_language")
public class AlertMailLanguage {

    @Id
    @Column(name = "company_id")
    private long companyId;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected AlertMailLanguage() {}

    public AlertMailLanguage(long companyId, Language language, String actor, OffsetDateTime now) {
        this.companyId = companyId;
        change(language, actor, now);
    }

    public void change(Language language, String actor, OffsetDateTime now) {
        this.language = Objects.requireNonNull(language, "language").tag();
        this.updatedBy = Objects.requireNonNull(actor, "actor");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public long getCompanyId() {
        return companyId;
    }

    /** The stored language; English should a row ever hold a tag the module no longer speaks. */
    public Language getLanguage() {
        return Language.of(language).orElse(Language.EN);
    }
}
