package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.Alert;
import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertMail;
import dev.vpos.alerts.infrastructure.AlertRepository;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** The alerts people see (their companies, the kinds their roles are concerned with) and acknowledge. */
@ApplicationScoped
public class AlertDesk {

    static final int MAX_LISTED = 200;
    static final Duration HISTORY = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(AlertDesk.class.getName());

    @Inject
    AlertRepository alerts;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    /** Active alerts of {@code companies} (null: every company) of {@code kinds}; with the last 30 days' resolved. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<AlertView> list(List<Long> companies, Set<AlertKind> kinds, boolean withResolved) {
        OffsetDateTime since = OffsetDateTimes.now(clock).minus(HISTORY);
        Map<Long, String> codes = companyCodes();
        List<Alert> listed = alerts.listing(companies, kinds, withResolved, since, MAX_LISTED);
        Map<Long, List<AlertMail>> mails = alerts
                .mails(listed.stream().map(Alert::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(AlertMail::getAlertId));
        return listed.stream()
                .map(a -> view(a, codes, mails.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    /** An alert by id, if it is of one of {@code kinds}; its company is checked by the caller. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public AlertView get(long id, Set<AlertKind> kinds) {
        return alerts.find(id)
                .filter(a -> kinds.contains(a.getKind()))
                .map(a -> view(a, companyCodes()))
                .orElseThrow(() -> new NotFoundException("alerts.notFound", String.valueOf(id)));
    }

    /**
     * Records that {@code user} acknowledged the alert now; an alert already acknowledged keeps its first who and
     * when. Acknowledging does not resolve it: only its condition clearing does.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public AlertView acknowledge(long id, Set<AlertKind> kinds, String user) {
        Alert alert = alerts.locked(id)
                .filter(a -> kinds.contains(a.getKind()))
                .orElseThrow(() -> new NotFoundException("alerts.notFound", String.valueOf(id)));
        if (alert.acknowledge(user, OffsetDateTimes.now(clock))) {
            LOG.info(() -> "Alert " + id + " (" + alert.getKind() + ") acknowledged by " + user);
        }
        return view(alert, companyCodes());
    }

    /** The company of an alert, for the caller's company check (empty when there is no such alert). */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public java.util.Optional<Long> companyOf(long id) {
        return alerts.find(id).map(Alert::getCompanyId);
    }

    private Map<Long, String> companyCodes() {
        return erp.companies().stream().collect(Collectors.toMap(CompanyRef::id, CompanyRef::code, (x, y) -> x));
    }

    private AlertView view(Alert a, Map<Long, String> codes) {
        return view(a, codes, alerts.mails(a.getId()));
    }

    private static AlertView view(Alert a, Map<Long, String> codes, List<AlertMail> sent) {
        List<AlertView.Mail> mails = sent.stream().map(AlertDesk::mail).toList();
        return new AlertView(
                a.getId(),
                a.getCompanyId(),
                codes.getOrDefault(a.getCompanyId(), String.valueOf(a.getCompanyId())),
                a.getKind(),
                a.getStatus(),
                a.getDefinitionId(),
                AlertFacts.read(a.getFacts()),
                a.getRaisedAt(),
                a.getLastSeenAt(),
                a.getResolvedAt(),
                a.getAcknowledgedBy(),
                a.getAcknowledgedAt(),
                mails);
    }

    private static AlertView.Mail mail(AlertMail m) {
        return new AlertView.Mail(m.getRecipient(), m.getStatus(), m.getAttempts(), m.getSentAt(), m.getLastError());
    }
}
