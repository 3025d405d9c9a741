package dev.vpos.demo;

import dev.vpos.reconciliation.application.MappingAdmin;
import dev.vpos.reconciliation.application.SettlementSources;
import dev.vpos.reconciliation.application.SourceCommand;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo EST definition fetches its settlement files from the bank simulator's SFTP drop box (run and test servers,
 * when the simulator serves one: {@code vpos.simulator.sftpPort}): the simulator's user, its merchant's folder, the
 * shipped SIM-EST mapping, every day at 23:50. Seeded once, through the same use case an admin's screen uses; enabled in
 * run mode, disabled on the test server ({@code vpos.demo.settlementSourceEnabled}).
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class DemoSettlementSource {

    static final String DEFINITION = "ISBANK-EST";
    static final String MERCHANT = "700655000200";
    private static final Logger LOG = Logger.getLogger(DemoSettlementSource.class.getName());

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    SettlementSources sources;

    @Inject
    MappingAdmin mappings;

    @Inject
    @ConfigProperty(name = "vpos.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "vpos.simulator.sftpPort")
    Optional<Integer> sftpPort;

    @Inject
    @ConfigProperty(name = "vpos.simulator.sftpUser", defaultValue = "settlement")
    String user;

    @Inject
    @ConfigProperty(name = "vpos.simulator.sftpPassword", defaultValue = "settlement-test")
    String password;

    @Inject
    @ConfigProperty(name = "vpos.demo.settlementSourceEnabled", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void seedOnce() {
        if (!seed || sftpPort.filter(p -> p > 0).isEmpty()) {
            return;
        }
        List<Object[]> definition = em.createQuery(
                        "select d.id, d.companyId from VposDefinition d where d.code = :code", Object[].class)
                .setParameter("code", DEFINITION)
                .getResultList();
        if (definition.isEmpty()) {
            return;
        }
        long id = (Long) definition.get(0)[0];
        long company = (Long) definition.get(0)[1];
        if (sources.get(company, id).isPresent()) {
            return;
        }
        long mapping = mappings.list().stream()
                .filter(m -> "SIM-EST".equals(m.code()))
                .findFirst()
                .orElseThrow()
                .id();
        sources.save(
                company,
                id,
                new SourceCommand(
                        enabled,
                        "127.0.0.1",
                        sftpPort.get(),
                        user,
                        password,
                        null,
                        null,
                        null,
                        "/est/" + MERCHANT,
                        "est-settlement-*.csv",
                        mapping,
                        "23:50",
                        null,
                        null),
                "demo");
        LOG.info(() -> "Demo definition " + DEFINITION + " fetches its settlement files from the simulator's SFTP port "
                + sftpPort.get());
    }
}
