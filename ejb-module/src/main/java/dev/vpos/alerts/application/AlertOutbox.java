package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.Alert;
import dev.vpos.alerts.domain.AlertMail;
import dev.vpos.alerts.infrastructure.AlertRepository;
import dev.vpos.alerts.infrastructure.AlertSettingsRepository;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Language;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.shared.mail.MailDelivery;
import dev.vpos.shared.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The alert e-mails waiting to go, in short transactions around the sending: due rows are claimed (locked, marked for
 * {@link #CLAIM}) and composed in one, in the company's chosen language, each outcome recorded in another; no transaction is open while SMTP is talked to.
 */
@ApplicationScoped
public class AlertOutbox {

    /** How long a claimed mail is left to its sender before another run may take it (far above the SMTP deadlines). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    /** A claimed mail, composed. */
    public record Due(long mailId, OutgoingMail mail) {}

    @Inject
    AlertRepository alerts;

    @Inject
    AlertSettingsRepository settings;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public List<Due> claimDue(int limit) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        List<AlertMail> due = alerts.dueMails(now, limit);
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, String> companies =
                erp.companies().stream().collect(Collectors.toMap(CompanyRef::id, CompanyRef::code, (a, b) -> a));
        Map<Long, Language> languages = new HashMap<>();
        List<Due> claimed = new ArrayList<>();
        for (AlertMail m : due) {
            Optional<Alert> alert = alerts.find(m.getAlertId());
            if (alert.isEmpty()) {
                continue;
            }
            Alert a = alert.get();
            Map<String, String> facts = AlertFacts.read(a.getFacts());
            String company = companies.getOrDefault(a.getCompanyId(), String.valueOf(a.getCompanyId()));
            Language language = languages.computeIfAbsent(a.getCompanyId(), settings::mailLanguage);
            m.claim(now.plus(CLAIM));
            claimed.add(new Due(
                    m.getId(),
                    OutgoingMail.text(
                            m.getRecipient(),
                            AlertMailText.subject(language, company, a.getKind(), facts),
                            AlertMailText.body(language, a.getId(), company, a.getKind(), facts, a.getRaisedAt()))));
        }
        return claimed;
    }

    /** Records what became of a claimed mail: sent, or the failure's reason with the next try (or given up). */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void record(long mailId, MailDelivery delivery) {
        alerts.mail(mailId).ifPresent(m -> {
            if (delivery.sent()) {
                m.sent(delivery.at());
            } else {
                m.failed(delivery.at(), delivery.failure());
            }
        });
    }
}
