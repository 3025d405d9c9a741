package dev.vpos.demo;

import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertRecipient;
import dev.vpos.alerts.domain.AlertRule;
import dev.vpos.alerts.domain.WatchedExpiry;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo companies' alert settings (run and test servers only, {@code vpos.demo.seed=true}), added once per company
 * that has none: every rule on at its default threshold, the recipient {@code vpos.demo.alertRecipient}, and for DEMO
 * an expiring certificate — the İşbank definition's 3-D store key certificate, entered as expiring
 * {@value #EXPIRING_IN_DAYS} days after seeding — so run mode shows a certificate alert on the landing page.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class DemoAlerts {

    static final int EXPIRING_IN_DAYS = 10;
    static final String EXPIRING_LABEL = "İşbank 3-D store key certificate";
    private static final Logger LOG = Logger.getLogger(DemoAlerts.class.getName());

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "vpos.demo.alertRecipient", defaultValue = "vpos-alerts@demo.example")
    String recipient;

    @PostConstruct
    void seedOnce() {
        if (!seed) {
            return;
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        for (String code : List.of("DEMO", "DEMO2", "DEMO3")) {
            List<Long> company = em.createQuery("select c.id from Company c where c.code = :code", Long.class)
                    .setParameter("code", code)
                    .getResultList();
            if (company.isEmpty() || hasRules(company.get(0))) {
                continue;
            }
            long id = company.get(0);
            for (AlertKind kind : AlertKind.values()) {
                em.persist(new AlertRule(id, kind, true, kind.defaultThreshold(), "demo-seed", now));
            }
            em.persist(new AlertRecipient(id, recipient));
            if ("DEMO".equals(code)) {
                expiringCertificate(id, LocalDate.now(clock).plusDays(EXPIRING_IN_DAYS));
            }
            em.flush();
            LOG.info(() -> "Seeded the alert rules of demo company " + code);
        }
    }

    private boolean hasRules(long companyId) {
        return !em.createQuery("select r.kind from AlertRule r where r.companyId = :c", AlertKind.class)
                .setParameter("c", companyId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private void expiringCertificate(long companyId, LocalDate expiresOn) {
        em.createQuery("select d.id from VposDefinition d where d.companyId = :c and d.code = 'ISBANK-EST'", Long.class)
                .setParameter("c", companyId)
                .getResultStream()
                .findFirst()
                .ifPresent(
                        definition -> em.persist(new WatchedExpiry(companyId, definition, EXPIRING_LABEL, expiresOn)));
    }
}
