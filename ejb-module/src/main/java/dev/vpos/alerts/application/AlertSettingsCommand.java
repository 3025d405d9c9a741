package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AlertKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What an admin sets for a company: the rules sent (kinds not sent keep their setting), the recipients and the
 * watched expiries (each replaced as a list; null keeps the company's), the e-mails' language tag (null keeps it). A null threshold, kind or date was missing or
 * unreadable in the request.
 */
public record AlertSettingsCommand(
        List<Rule> rules, List<String> recipients, List<Expiry> expiries, String mailLanguage) {

    public record Rule(AlertKind kind, boolean enabled, Integer threshold) {}

    public record Expiry(Long definitionId, String label, LocalDate expiresOn) {}
}
