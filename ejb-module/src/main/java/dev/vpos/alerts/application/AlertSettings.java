package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertRecipient;
import dev.vpos.alerts.domain.AlertRule;
import dev.vpos.alerts.domain.WatchedExpiry;
import dev.vpos.alerts.infrastructure.AlertSettingsRepository;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Language;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.shared.mail.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** A company's alert rules, recipients and watched expiries: read, and set by an admin with every field checked. */
@ApplicationScoped
public class AlertSettings {

    static final int MAX_RECIPIENTS = 20;
    static final int MAX_EXPIRIES = 50;
    private static final Logger LOG = Logger.getLogger(AlertSettings.class.getName());

    @Inject
    AlertSettingsRepository settings;

    @Inject
    DefinitionService definitions;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public AlertSettingsView of(long companyId) {
        requireCompany(companyId);
        Map<AlertKind, AlertRule> stored = new EnumMap<>(AlertKind.class);
        settings.rules(companyId).forEach(r -> stored.put(r.getKind(), r));
        List<AlertSettingsView.Rule> rules = new ArrayList<>();
        for (AlertKind k : AlertKind.values()) {
            AlertRule r = stored.get(k);
            rules.add(new AlertSettingsView.Rule(
                    k,
                    r != null && r.isEnabled(),
                    r == null ? k.defaultThreshold() : r.getThreshold(),
                    k.minThreshold(),
                    k.maxThreshold(),
                    r == null ? null : r.getUpdatedBy(),
                    r == null ? null : r.getUpdatedAt()));
        }
        Map<Long, String> codes = codes(companyId);
        List<AlertSettingsView.Expiry> expiries = settings.watchedExpiries(companyId).stream()
                .map(w -> new AlertSettingsView.Expiry(
                        w.getDefinitionId(), codes.get(w.getDefinitionId()), w.getLabel(), w.getExpiresOn()))
                .toList();
        List<String> recipients = settings.recipients(companyId).stream()
                .map(AlertRecipient::getEmail)
                .toList();
        return new AlertSettingsView(
                companyId,
                rules,
                recipients,
                expiries,
                settings.mailLanguage(companyId).tag());
    }

    /** Sets the rules sent and replaces the recipients and expiries; nothing changes when any field is refused. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public AlertSettingsView replace(long companyId, AlertSettingsCommand command, String actor) {
        requireCompany(companyId);
        Map<Long, String> codes = codes(companyId);
        List<FieldError> errors = new ArrayList<>();
        checkRules(command.rules(), errors);
        List<String> recipients = command.recipients() == null ? null : checkRecipients(command.recipients(), errors);
        if (command.expiries() != null) {
            checkExpiries(command.expiries(), codes, errors);
        }
        Optional<Language> mailLanguage =
                Optional.ofNullable(command.mailLanguage()).flatMap(Language::of);
        if (command.mailLanguage() != null && mailLanguage.isEmpty()) {
            errors.add(FieldError.of("mailLanguage", "alerts.mailLanguage"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        Map<AlertKind, AlertRule> stored = new EnumMap<>(AlertKind.class);
        settings.rules(companyId).forEach(r -> stored.put(r.getKind(), r));
        for (AlertSettingsCommand.Rule r : command.rules()) {
            AlertRule rule = stored.get(r.kind());
            if (rule == null) {
                settings.add(new AlertRule(companyId, r.kind(), r.enabled(), r.threshold(), actor, now));
            } else {
                rule.change(r.enabled(), r.threshold(), actor, now);
            }
        }
        if (recipients != null) {
            settings.replaceRecipients(
                    companyId,
                    recipients.stream()
                            .map(e -> new AlertRecipient(companyId, e))
                            .toList());
        }
        if (command.expiries() != null) {
            settings.replaceExpiries(
                    companyId,
                    command.expiries().stream()
                            .map(e -> new WatchedExpiry(
                                    companyId, e.definitionId(), e.label().trim(), e.expiresOn()))
                            .toList());
        }
        mailLanguage.ifPresent(l -> settings.setMailLanguage(companyId, l, actor, now));
        LOG.info(() -> "Alert settings of company " + companyId + " set by " + actor + ": "
                + command.rules().size() + " rule(s)"
                + (recipients == null ? "" : ", " + recipients.size() + " recipient(s)")
                + (command.expiries() == null ? "" : ", " + command.expiries().size() + " watched expiry(ies)")
                + mailLanguage.map(l -> ", e-mails in " + l.tag()).orElse(""));
        return of(companyId);
    }

    private static void checkRules(List<AlertSettingsCommand.Rule> rules, List<FieldError> errors) {
        Set<AlertKind> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            AlertSettingsCommand.Rule r = rules.get(i);
            String at = "rules[" + i + "]";
            if (r.kind() == null) {
                errors.add(FieldError.of(at + ".kind", "alerts.kindUnknown"));
                continue;
            }
            if (!seen.add(r.kind())) {
                errors.add(
                        FieldError.of(at + ".kind", "alerts.kindTwice", r.kind().name()));
            }
            if (r.threshold() == null || !r.kind().accepts(r.threshold())) {
                errors.add(FieldError.of(
                        at + ".threshold",
                        "alerts.thresholdRange",
                        String.valueOf(r.kind().minThreshold()),
                        String.valueOf(r.kind().maxThreshold())));
            }
        }
    }

    private static List<String> checkRecipients(List<String> given, List<FieldError> errors) {
        if (given.size() > MAX_RECIPIENTS) {
            errors.add(FieldError.of("recipients", "alerts.tooManyRecipients", MAX_RECIPIENTS));
        }
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String e = given.get(i) == null ? "" : given.get(i).trim();
            if (!MailSender.isAddress(e)) {
                errors.add(FieldError.of("recipients[" + i + "]", "alerts.email"));
            } else if (recipients.stream().noneMatch(e::equalsIgnoreCase)) {
                recipients.add(e.toLowerCase(Locale.ROOT));
            }
        }
        return recipients;
    }

    private static void checkExpiries(
            List<AlertSettingsCommand.Expiry> expiries, Map<Long, String> codes, List<FieldError> errors) {
        if (expiries.size() > MAX_EXPIRIES) {
            errors.add(FieldError.of("expiries", "alerts.tooManyExpiries", MAX_EXPIRIES));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < expiries.size(); i++) {
            AlertSettingsCommand.Expiry e = expiries.get(i);
            String at = "expiries[" + i + "]";
            if (e.definitionId() == null || !codes.containsKey(e.definitionId())) {
                errors.add(
                        FieldError.of(at + ".definitionId", "definition.notFound", String.valueOf(e.definitionId())));
            }
            String label = e.label() == null ? "" : e.label().trim();
            if (label.isEmpty() || label.length() > 100) {
                errors.add(FieldError.of(at + ".label", "alerts.labelRequired", 100));
            } else if (!seen.add(e.definitionId() + "/" + label.toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(at + ".label", "alerts.expiryTwice", label));
            }
            if (e.expiresOn() == null) {
                errors.add(FieldError.of(at + ".expiresOn", "alerts.dateRequired"));
            }
        }
    }

    private void requireCompany(long companyId) {
        if (erp.company(companyId).isEmpty()) {
            throw new NotFoundException("company.notFoundById", "company " + companyId);
        }
    }

    private Map<Long, String> codes(long companyId) {
        return definitions.ofCompany(companyId).stream()
                .collect(Collectors.toMap(VposDefinition::getId, VposDefinition::getCode, (a, b) -> a));
    }
}
