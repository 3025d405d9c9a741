package dev.vpos.demo;

import dev.vpos.access.application.CompanyGrants;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The run and test servers' own users ({@code vpos.demo.everyCompanyUsers}) work for every company, as they did
 * before company grants existed: each gets the wildcard grant at start-up unless it already has a row (an admin's
 * change is kept). Runs only when {@code vpos.demo.seed=true}; a production server never sets it, and its users get
 * grants from an admin (docs/security.md).
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class DemoCompanyGrants {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(DemoCompanyGrants.class.getName());

    @Inject
    CompanyGrants grants;

    @Inject
    @ConfigProperty(name = "vpos.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "vpos.demo.everyCompanyUsers", defaultValue = "collector,finance,auditor,portal,aylin")
    String users;

    @PostConstruct
    void grantOnce() {
        if (!seed) {
            return;
        }
        for (String user : names(users)) {
            try {
                grants.grantEveryCompanyIfAbsent(user, "demo-seed");
            } catch (RuntimeException e) {
                // another node of the same database granted it at the same moment: the row is there
                LOG.info(() -> "demo grant of " + user + " not added here: " + e);
            }
        }
    }

    static List<String> names(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
