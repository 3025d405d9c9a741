package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AgedAttentionRule.AgedAttention;
import dev.vpos.alerts.domain.ApprovalDropRule.ApprovalWindow;
import dev.vpos.alerts.domain.CredentialExpiryRule.ExpiringCredential;
import dev.vpos.alerts.domain.CredentialExpiryRule.Source;
import dev.vpos.alerts.domain.DayNotClosedRule.BatchDay;
import dev.vpos.alerts.domain.ForgedNotificationsRule.RefusedNotifications;
import dev.vpos.alerts.domain.UnansweredCallsRule;
import dev.vpos.alerts.domain.UnansweredCallsRule.UnansweredCalls;
import dev.vpos.alerts.infrastructure.AlertSettingsRepository;
import dev.vpos.alerts.infrastructure.AlertSignalQueries;
import dev.vpos.definitions.application.DefinitionFacts;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.txlog.application.BankActivity;
import dev.vpos.txlog.application.DefinitionActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules judge, read for one company at one moment: the definitions' credential expiries (from their key
 * material, and those an admin entered), the return-code log's counts per definition (txlog), refused notifications,
 * collections raised to finance, and batch days against closed reconciliation days. Each read is a short transaction.
 */
@ApplicationScoped
public class AlertSignals {

    static final int BASELINE_DAYS = 7;

    @Inject
    AlertSettingsRepository settings;

    @Inject
    AlertSignalQueries queries;

    @Inject
    DefinitionActivity activity;

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<ExpiringCredential> expiries(List<DefinitionFacts> definitions, ZoneId zone) {
        List<ExpiringCredential> found = new ArrayList<>();
        for (DefinitionFacts d : definitions) {
            if (d.enabled()) {
                d.expiries()
                        .forEach(e -> found.add(new ExpiringCredential(
                                d.id(), d.code(), e.name(), e.label(), e.notAfter(), Source.KEY_MATERIAL)));
            }
        }
        if (!definitions.isEmpty()) {
            Map<Long, DefinitionFacts> byId = byId(definitions);
            settings.watchedExpiries(definitions.get(0).companyId()).forEach(w -> {
                DefinitionFacts d = byId.get(w.getDefinitionId());
                if (d != null && d.enabled()) {
                    found.add(new ExpiringCredential(
                            d.id(),
                            d.code(),
                            // by label, not row id: saving the settings again re-inserts the rows, and must not raise
                            // (and mail) the same expiry as a new alert
                            "entered:" + w.getLabel().toLowerCase(java.util.Locale.ROOT),
                            w.getLabel(),
                            // valid through its last day: expires when the next day starts in the business zone
                            w.getExpiresOn().plusDays(1).atStartOfDay(zone).toInstant(),
                            Source.ENTERED));
                }
            });
        }
        return found;
    }

    /** The last hour and the same hour of each of the previous seven days, per definition. */
    public List<ApprovalWindow> approvals(List<DefinitionFacts> definitions, OffsetDateTime now) {
        List<Long> ids = definitions.stream().map(DefinitionFacts::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, BankActivity> hour = activity.of(ids, now.minusHours(1), now);
        long[] usualAnswered = new long[ids.size()];
        long[] usualApproved = new long[ids.size()];
        for (int day = 1; day <= BASELINE_DAYS; day++) {
            OffsetDateTime end = now.minusDays(day);
            Map<Long, BankActivity> then = activity.of(ids, end.minusHours(1), end);
            for (int i = 0; i < ids.size(); i++) {
                BankActivity a = then.get(ids.get(i));
                usualAnswered[i] += a == null ? 0 : a.answered();
                usualApproved[i] += a == null ? 0 : a.approved();
            }
        }
        List<ApprovalWindow> windows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            BankActivity a = hour.get(ids.get(i));
            windows.add(new ApprovalWindow(
                    ids.get(i),
                    definitions.get(i).code(),
                    a == null ? 0 : a.answered(),
                    a == null ? 0 : a.approved(),
                    usualAnswered[i],
                    usualApproved[i]));
        }
        return windows;
    }

    public List<UnansweredCalls> unanswered(List<DefinitionFacts> definitions, OffsetDateTime now) {
        List<Long> ids = definitions.stream().map(DefinitionFacts::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Duration window = UnansweredCallsRule.WINDOW;
        Map<Long, BankActivity> recent = activity.of(ids, now.minus(window), now);
        Map<Long, DefinitionFacts> byId = byId(definitions);
        return recent.values().stream()
                .map(a -> new UnansweredCalls(
                        a.definitionId(), byId.get(a.definitionId()).code(), a.unknown(), a.notSent()))
                .toList();
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<RefusedNotifications> refused(long companyId, List<DefinitionFacts> definitions, OffsetDateTime since) {
        Map<Long, DefinitionFacts> byId = byId(definitions);
        return queries.refusedNotifications(companyId, since).stream()
                .map(r -> new RefusedNotifications(
                        r.definitionId(), code(byId, r.definitionId()), r.count(), r.lastAt(), r.lastReason()))
                .toList();
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public AgedAttention agedAttention(long companyId, OffsetDateTime createdBefore) {
        return queries.agedAttention(companyId, createdBefore);
    }

    /** Each definition's business days with batch records from {@code firstDay} to {@code lastDay}, closed or not. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<BatchDay> batchDays(
            long companyId, List<DefinitionFacts> definitions, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        if (lastDay.isBefore(firstDay)) {
            return List.of();
        }
        Map<Long, DefinitionFacts> byId = byId(definitions);
        Set<String> closed = queries.closedDays(companyId, firstDay);
        return queries.batchDays(companyId, firstDay, lastDay, zone).stream()
                .map(d -> new BatchDay(
                        d.definitionId(),
                        code(byId, d.definitionId()),
                        d.day(),
                        d.records(),
                        closed.contains(AlertSignalQueries.dayKey(d.definitionId(), d.day()))))
                .toList();
    }

    private static Map<Long, DefinitionFacts> byId(List<DefinitionFacts> definitions) {
        Map<Long, DefinitionFacts> byId = new java.util.HashMap<>();
        definitions.forEach(d -> byId.put(d.id(), d));
        return byId;
    }

    private static String code(Map<Long, DefinitionFacts> byId, long id) {
        DefinitionFacts d = byId.get(id);
        return d == null ? String.valueOf(id) : d.code();
    }
}
