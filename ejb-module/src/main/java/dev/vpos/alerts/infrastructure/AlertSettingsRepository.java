package dev.vpos.alerts.infrastructure;

import dev.vpos.alerts.domain.AlertMailLanguage;
import dev.vpos.alerts.domain.AlertRecipient;
import dev.vpos.alerts.domain.AlertRule;
import dev.vpos.alerts.domain.WatchedExpiry;
import dev.vpos.shared.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/** A company's alert settings: alert_rule, alert_recipient, watched_expiry and alert_mail_language. */
@ApplicationScoped
public class AlertSettingsRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public List<AlertRule> rules(long companyId) {
        return em.createQuery("select r from AlertRule r where r.companyId = :c order by r.kind", AlertRule.class)
                .setParameter("c", companyId)
                .getResultList();
    }

    /** The companies with at least one enabled rule: the ones the evaluator looks at. */
    public List<Long> companiesWithEnabledRules() {
        return em.createQuery(
                        "select distinct r.companyId from AlertRule r where r.enabled = true order by r.companyId",
                        Long.class)
                .getResultList();
    }

    /** Companies with an active alert (a disabled rule's alerts are resolved by the next run). */
    public List<Long> companiesWithActiveAlerts() {
        return em.createQuery(
                        "select distinct a.companyId from Alert a where a.status ="
                                + " dev.vpos.alerts.domain.AlertStatus.ACTIVE",
                        Long.class)
                .getResultList();
    }

    public void add(AlertRule rule) {
        em.persist(rule);
    }

    public List<AlertRecipient> recipients(long companyId) {
        return em.createQuery(
                        "select r from AlertRecipient r where r.companyId = :c order by r.email", AlertRecipient.class)
                .setParameter("c", companyId)
                .getResultList();
    }

    public List<WatchedExpiry> watchedExpiries(long companyId) {
        return em.createQuery(
                        "select w from WatchedExpiry w where w.companyId = :c order by w.expiresOn, w.label",
                        WatchedExpiry.class)
                .setParameter("c", companyId)
                .getResultList();
    }

    /** The language the company's alert e-mails are written in: English when its admins never chose one. */
    public Language mailLanguage(long companyId) {
        AlertMailLanguage chosen = em.find(AlertMailLanguage.class, companyId);
        return chosen == null ? Language.EN : chosen.getLanguage();
    }

    /** Sets the language of the company's alert e-mails. */
    public void setMailLanguage(long companyId, Language language, String actor, OffsetDateTime now) {
        AlertMailLanguage chosen = em.find(AlertMailLanguage.class, companyId);
        if (chosen == null) {
            em.persist(new AlertMailLanguage(companyId, language, actor, now));
        } else {
            chosen.change(language, actor, now);
        }
    }

    /** Replaces the company's recipients (the old rows flushed away before the new ones go in). */
    public void replaceRecipients(long companyId, List<AlertRecipient> recipients) {
        recipients(companyId).forEach(em::remove);
        em.flush();
        recipients.forEach(em::persist);
    }

    /** Replaces the company's watched expiries (the old rows flushed away before the new ones go in). */
    public void replaceExpiries(long companyId, List<WatchedExpiry> expiries) {
        watchedExpiries(companyId).forEach(em::remove);
        em.flush();
        expiries.forEach(em::persist);
    }
}
