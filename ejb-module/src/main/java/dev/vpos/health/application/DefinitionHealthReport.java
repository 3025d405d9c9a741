package dev.vpos.health.application;

import dev.vpos.definitions.application.DefinitionFacts;
import dev.vpos.definitions.application.DefinitionInventory;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.health.domain.HealthFinding;
import dev.vpos.health.domain.HealthRules;
import dev.vpos.health.domain.HealthSignals;
import dev.vpos.health.domain.HealthStatus;
import dev.vpos.health.infrastructure.OutgoingRoutes;
import dev.vpos.health.infrastructure.OutgoingRoutes.Route;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.application.BankActivity;
import dev.vpos.txlog.application.DefinitionActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's morning check per VPOS definition (issue #17): definitions from the definitions context, the last
 * hour's bank activity from the return-code log (txlog's two aggregate statements, not one per definition), the
 * certificates' expiry, and the local address toward each bank host. Runs outside a transaction: each context's read
 * is its own short one, and no database connection is held while host names are resolved.
 */
@ApplicationScoped
public class DefinitionHealthReport {

    static final Duration WINDOW = Duration.ofHours(1);
    static final String UNKNOWN_ADDRESS = "unknown";

    @Inject
    DefinitionInventory definitions;

    @Inject
    DefinitionActivity activity;

    @Inject
    ErpPort erp;

    @Inject
    OutgoingRoutes routes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.health.approvalRateWarning", defaultValue = "0.80")
    BigDecimal approvalRateWarning;

    @Inject
    @ConfigProperty(name = "vpos.health.certificateWarningDays", defaultValue = "30")
    int certificateWarningDays;

    /** The definitions of {@code companies} (null: every company), by company then code. */
    public HealthReport report(List<Long> companies) {
        HealthRules rules = new HealthRules(approvalRateWarning, certificateWarningDays);
        OffsetDateTime end = OffsetDateTimes.now(clock);
        OffsetDateTime start = end.minus(WINDOW);
        List<DefinitionFacts> facts = definitions.of(companies);
        Map<Long, BankActivity> bank =
                activity.of(facts.stream().map(DefinitionFacts::id).toList(), start, end);
        Map<Long, String> companyCodes =
                erp.companies().stream().collect(Collectors.toMap(CompanyRef::id, CompanyRef::code, (a, b) -> a));
        Map<String, Route> byEndpoint = new HashMap<>();
        Function<String, Route> route = url -> byEndpoint.computeIfAbsent(String.valueOf(url), u -> routes.toward(url));
        List<DefinitionHealth> rows = new ArrayList<>();
        for (DefinitionFacts d : facts) {
            rows.add(row(d, bank.get(d.id()), route.apply(d.endpointUrl()), companyCodes, rules, end));
        }
        return new HealthReport(
                end,
                start,
                end,
                approvalRateWarning,
                certificateWarningDays,
                count(rows, HealthStatus.OK),
                count(rows, HealthStatus.WARNING),
                count(rows, HealthStatus.FAILING),
                rows);
    }

    private static DefinitionHealth row(
            DefinitionFacts d,
            BankActivity a,
            Route route,
            Map<Long, String> companyCodes,
            HealthRules rules,
            OffsetDateTime now) {
        List<DefinitionHealth.Expiry> expiries = d.expiries().stream()
                .map(e -> new DefinitionHealth.Expiry(e.name(), e.label(), e.notAfter()))
                .toList();
        HealthSignals signals = new HealthSignals(
                d.enabled(),
                a.calls(),
                a.approvedCalls(),
                a.answered(),
                a.approved(),
                a.notSent() + a.unknown(),
                expiries.stream()
                        .map(e -> new HealthSignals.Expiry(e.label(), e.notAfter()))
                        .toList(),
                route.known(),
                route.host());
        List<HealthFinding> findings = rules.judge(signals, now.toInstant());
        return new DefinitionHealth(
                d.id(),
                d.companyId(),
                companyCodes.getOrDefault(d.companyId(), String.valueOf(d.companyId())),
                d.code(),
                d.displayName(),
                d.family(),
                d.environment(),
                d.enabled(),
                HealthRules.status(findings),
                findings,
                a.lastApprovedAt(),
                new DefinitionHealth.Window(
                        a.calls(),
                        a.attempts(),
                        a.approved(),
                        a.declined(),
                        a.notSent(),
                        a.unknown(),
                        HealthRules.rate(a.approved(), a.answered()),
                        a.latencyP50Ms(),
                        a.latencyP95Ms(),
                        a.latencyMaxMs()),
                expiries,
                route.host(),
                route.known() ? route.localAddress() : UNKNOWN_ADDRESS,
                d.whitelistedIp());
    }

    private static long count(List<DefinitionHealth> rows, HealthStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
