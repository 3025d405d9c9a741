package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AgedAttentionRule;
import dev.vpos.alerts.domain.Alert;
import dev.vpos.alerts.domain.AlertCondition;
import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertMail;
import dev.vpos.alerts.domain.AlertRecipient;
import dev.vpos.alerts.infrastructure.AlertRepository;
import dev.vpos.alerts.infrastructure.AlertSettingsRepository;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes what one evaluation found, in one transaction: a condition without an active alert raises one (with an
 * e-mail per recipient, sent later outside the transaction); one that still holds is marked seen with its facts of
 * now (and an aged-attention alert that a collection aged into is mailed again and unacknowledged); an active
 * alert of an evaluated kind whose condition is gone is resolved. Kinds that could not be evaluated this time keep
 * their alerts as they are.
 */
@ApplicationScoped
public class AlertBook {

    private static final Logger LOG = Logger.getLogger(AlertBook.class.getName());

    @Inject
    AlertRepository alerts;

    @Inject
    AlertSettingsRepository settings;

    /** The outcome of one company's evaluation: alerts raised, resolved, and grown (mailed again). */
    public record Changes(int raised, int resolved, int grown) {}

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Changes record(
            long companyId, Set<AlertKind> evaluated, List<AlertCondition> conditions, OffsetDateTime now) {
        Map<String, Alert> active = new HashMap<>();
        alerts.activeLocked(companyId).forEach(a -> active.put(openKey(a), a));
        List<AlertRecipient> recipients = settings.recipients(companyId);
        Set<String> holding = new HashSet<>();
        int raised = 0;
        int renotified = 0;
        for (AlertCondition c : conditions) {
            String key = c.openKey(companyId);
            if (!holding.add(key)) {
                continue;
            }
            Alert open = active.get(key);
            if (open != null) {
                renotified += seenAgain(open, c, recipients, now) ? 1 : 0;
                continue;
            }
            Alert alert = new Alert(companyId, c, AlertFacts.write(c.facts()), now);
            alerts.add(alert);
            recipients.forEach(r -> alerts.add(new AlertMail(alert.getId(), r.getEmail(), now)));
            raised++;
            LOG.info(() -> "Alert " + alert.getId() + " raised for company " + companyId + ": " + c.kind() + " "
                    + c.subject() + " " + c.facts());
        }
        int resolved = 0;
        for (Map.Entry<String, Alert> e : active.entrySet()) {
            Alert a = e.getValue();
            if (evaluated.contains(a.getKind()) && !holding.contains(e.getKey())) {
                a.resolve(now);
                resolved++;
                LOG.info(() -> "Alert " + a.getId() + " of company " + companyId + " resolved: " + a.getKind() + " "
                        + a.getSubject());
            }
        }
        return new Changes(raised, resolved, renotified);
    }

    /**
     * A condition that still holds: its alert takes the facts of now; an aged-attention alert that a collection aged
     * into is mailed again to the recipients of now and asks to be acknowledged again. True when it was.
     */
    private boolean seenAgain(Alert open, AlertCondition c, List<AlertRecipient> recipients, OffsetDateTime now) {
        Map<String, String> before = AlertFacts.read(open.getFacts());
        open.seen(AlertFacts.write(c.facts()), now);
        if (c.kind() != AlertKind.ATTENTION_AGED || !AgedAttentionRule.grew(before, c.facts())) {
            return false;
        }
        String acknowledgedBy = open.reopen();
        recipients.forEach(r -> alerts.add(new AlertMail(open.getId(), r.getEmail(), now)));
        LOG.info(() -> "Alert " + open.getId() + " of company " + open.getCompanyId() + " grew: " + c.facts()
                + (acknowledgedBy == null ? "" : "; acknowledged by " + acknowledgedBy + " before, asked again"));
        return true;
    }

    private static String openKey(Alert a) {
        return a.getCompanyId() + "/" + a.getKind() + "/" + a.getSubject();
    }
}
