package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AgedAttentionRule;
import dev.vpos.alerts.domain.AlertCondition;
import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertRule;
import dev.vpos.alerts.domain.ApprovalDropRule;
import dev.vpos.alerts.domain.CredentialExpiryRule;
import dev.vpos.alerts.domain.DayNotClosedRule;
import dev.vpos.alerts.domain.ForgedNotificationsRule;
import dev.vpos.alerts.domain.UnansweredCallsRule;
import dev.vpos.alerts.infrastructure.AlertSettingsRepository;
import dev.vpos.definitions.application.DefinitionFacts;
import dev.vpos.definitions.application.DefinitionInventory;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One evaluation of every company's rules at the injected clock's now: the signals each enabled rule needs are read,
 * the rule's conditions computed (alerts.domain), and the book records what was raised and resolved. A disabled rule
 * counts as evaluated with nothing found (its alerts resolve); a rule whose signals could not be read is skipped, so
 * its alerts stay as they were until a run can read them. Runs outside a transaction.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class AlertEvaluation {

    private static final Logger LOG = Logger.getLogger(AlertEvaluation.class.getName());

    @Inject
    AlertSettingsRepository settings;

    @Inject
    DefinitionInventory inventory;

    @Inject
    AlertSignals signals;

    @Inject
    AlertBook book;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.alerts.dayLookbackDays", defaultValue = "7")
    int dayLookbackDays;

    /** Evaluates every company with an enabled rule or an active alert; what one company's failure costs is its run. */
    public AlertBook.Changes evaluateAll() {
        Set<Long> companies = new TreeSet<>(settings.companiesWithEnabledRules());
        companies.addAll(settings.companiesWithActiveAlerts());
        int raised = 0;
        int resolved = 0;
        int grown = 0;
        for (long company : companies) {
            try {
                AlertBook.Changes c = evaluate(company);
                raised += c.raised();
                resolved += c.resolved();
                grown += c.grown();
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Alert evaluation of company " + company + " failed; the next run tries again",
                        e);
            }
        }
        return new AlertBook.Changes(raised, resolved, grown);
    }

    public AlertBook.Changes evaluate(long companyId) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        Map<AlertKind, AlertRule> enabled = new EnumMap<>(AlertKind.class);
        settings.rules(companyId).stream().filter(AlertRule::isEnabled).forEach(r -> enabled.put(r.getKind(), r));
        Set<AlertKind> evaluated = EnumSet.allOf(AlertKind.class);
        evaluated.removeAll(enabled.keySet());
        List<AlertCondition> found = new ArrayList<>();
        List<DefinitionFacts> definitions = enabled.isEmpty() ? List.of() : inventory.of(List.of(companyId));
        for (AlertRule rule : enabled.values()) {
            try {
                found.addAll(conditions(companyId, rule, definitions, now));
                evaluated.add(rule.getKind());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Alert rule " + rule.getKind() + " of company " + companyId
                                + " could not be evaluated; its alerts stay as they were",
                        e);
            }
        }
        return book.record(companyId, evaluated, found, now);
    }

    private List<AlertCondition> conditions(
            long companyId, AlertRule rule, List<DefinitionFacts> definitions, OffsetDateTime now) {
        int threshold = rule.getThreshold();
        return switch (rule.getKind()) {
            case CREDENTIAL_EXPIRY ->
                CredentialExpiryRule.evaluate(
                        signals.expiries(definitions, clock.getZone()), threshold, now.toInstant());
            case APPROVAL_RATE_DROP -> ApprovalDropRule.evaluate(signals.approvals(definitions, now), threshold);
            case BANK_UNANSWERED -> UnansweredCallsRule.evaluate(signals.unanswered(definitions, now), threshold);
            case FORGED_NOTIFICATIONS ->
                ForgedNotificationsRule.evaluate(
                        signals.refused(companyId, definitions, now.minus(ForgedNotificationsRule.WINDOW)), threshold);
            case ATTENTION_AGED ->
                AgedAttentionRule.evaluate(signals.agedAttention(companyId, now.minusHours(threshold)), threshold);
            case DAY_NOT_CLOSED -> {
                ZonedDateTime local = now.atZoneSameInstant(clock.getZone());
                LocalDate first = DayNotClosedRule.firstWatchedDay(local, dayLookbackDays);
                LocalDate last = local.toLocalDate().minusDays(1);
                yield DayNotClosedRule.evaluate(
                        signals.batchDays(companyId, definitions, first, last, clock.getZone()), threshold, local);
            }
        };
    }
}
