package dev.vpos.preferences.domain;

import dev.vpos.shared.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** What one member of staff chose for the screens: their language, or none to follow the browser. */
@Entity
@Table(name = "staff_preference")
public class StaffPreference {

    @Id
    @Column(name = "user_name", length = 100)
    private String userName;

    @Column(length = 8)
    private String language;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected StaffPreference() {}

    public StaffPreference(String userName, OffsetDateTime at) {
        this.userName = Objects.requireNonNull(userName, "userName");
        this.updatedAt = at;
    }

    /** Chooses a language; {@code null} follows the browser again. */
    public void chooseLanguage(Language chosen, OffsetDateTime at) {
        this.language = chosen == null ? null : chosen.tag();
        this.updatedAt = at;
    }

    public String userName() {
        return userName;
    }

    public Optional<Language> language() {
        return Language.of(language);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
