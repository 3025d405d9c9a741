package dev.vpos.web.rest.alerts;

import dev.vpos.alerts.application.AlertSettingsView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A company's alert rules (every kind, with its bounds), the recipients of its e-mails and its watched expiries, and the e-mails' language. */
public record AlertSettingsResponse(
        long companyId, List<Rule> rules, List<String> recipients, List<Expiry> expiries, String mailLanguage) {

    public record Rule(
            String kind,
            boolean enabled,
            int threshold,
            int minThreshold,
            int maxThreshold,
            String updatedBy,
            OffsetDateTime updatedAt) {}

    public record Expiry(long definitionId, String definitionCode, String label, LocalDate expiresOn) {}

    public static AlertSettingsResponse of(AlertSettingsView v) {
        return new AlertSettingsResponse(
                v.companyId(),
                v.rules().stream()
                        .map(r -> new Rule(
                                r.kind().name(),
                                r.enabled(),
                                r.threshold(),
                                r.minThreshold(),
                                r.maxThreshold(),
                                r.updatedBy(),
                                r.updatedAt()))
                        .toList(),
                v.recipients(),
                v.expiries().stream()
                        .map(e -> new Expiry(e.definitionId(), e.definitionCode(), e.label(), e.expiresOn()))
                        .toList(),
                v.mailLanguage());
    }
}
