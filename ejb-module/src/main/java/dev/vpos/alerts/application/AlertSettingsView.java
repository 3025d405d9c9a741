package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AlertKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A company's alert settings: a rule of every kind (a kind never set shows its default threshold, off), the
 * recipients of its e-mails, the expiries its admins watch, and the language of the e-mails (en, tr, ar, el, it, ru).
 */
public record AlertSettingsView(
        long companyId, List<Rule> rules, List<String> recipients, List<Expiry> expiries, String mailLanguage) {

    /** {@code updatedBy}/{@code updatedAt} are null for a kind never set. */
    public record Rule(
            AlertKind kind,
            boolean enabled,
            int threshold,
            int minThreshold,
            int maxThreshold,
            String updatedBy,
            OffsetDateTime updatedAt) {}

    public record Expiry(long definitionId, String definitionCode, String label, LocalDate expiresOn) {}
}
