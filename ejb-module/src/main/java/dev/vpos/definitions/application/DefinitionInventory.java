package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.Environment;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions of some companies as facts for the operator's health report. Only plain credentials are read (a
 * certificate's expiry); sealed ones are never opened here.
 */
@ApplicationScoped
public class DefinitionInventory {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    GatewayRegistry gateways;

    /**
     * The definitions of {@code companies} (null: every company), by company then code: two queries (definitions,
     * their plain credentials), whatever their number.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<DefinitionFacts> of(List<Long> companies) {
        if (companies != null && companies.isEmpty()) {
            return List.of();
        }
        String where = companies == null ? "" : " where d.companyId in :companies";
        List<Object[]> rows = restrict(
                        em.createQuery(
                                "select d.id, d.companyId, d.code, d.displayName, d.family, d.environment, d.enabled,"
                                        + " d.testEndpointUrl, d.liveEndpointUrl, d.outgoingIp from VposDefinition d"
                                        + where
                                        + " order by d.companyId, d.code",
                                Object[].class),
                        companies)
                .getResultList();
        // a secret stays sealed: the report must never open (or reveal) one, so only plain values are read
        Map<Long, List<Object[]>> plain = new HashMap<>();
        restrict(
                        em.createQuery(
                                "select d.id, d.family, c.name, c.value from VposDefinition d join d.credentials c"
                                        + " where c.sealed = false"
                                        + (companies == null ? "" : " and d.companyId in :companies"),
                                Object[].class),
                        companies)
                .getResultList()
                .forEach(r -> plain.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(r));
        List<DefinitionFacts> facts = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            facts.add(new DefinitionFacts(
                    id,
                    (Long) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((GatewayFamily) r[4]).name(),
                    ((Environment) r[5]).name(),
                    (Boolean) r[6],
                    r[5] == Environment.LIVE ? (String) r[8] : (String) r[7],
                    (String) r[9],
                    expiries(plain.getOrDefault(id, List.of()))));
        }
        return facts;
    }

    private static <Q extends jakarta.persistence.Query> Q restrict(Q query, List<Long> companies) {
        if (companies != null) {
            query.setParameter("companies", companies);
        }
        return query;
    }

    private List<DefinitionFacts.CredentialExpiry> expiries(List<Object[]> credentials) {
        List<DefinitionFacts.CredentialExpiry> found = new ArrayList<>();
        for (Object[] c : credentials) {
            GatewayFamily family = (GatewayFamily) c[1];
            String name = (String) c[2];
            gateways.profile(family)
                    .flatMap(p -> p.expiry(name, (String) c[3]))
                    .ifPresent(at -> found.add(new DefinitionFacts.CredentialExpiry(name, label(family, name), at)));
        }
        found.sort(java.util.Comparator.comparing(DefinitionFacts.CredentialExpiry::notAfter));
        return found;
    }

    private String label(GatewayFamily family, String name) {
        return gateways.schema(family)
                .flatMap(s -> s.fields().stream()
                        .filter(f -> f.name().equals(name))
                        .map(CredentialField::label)
                        .findFirst())
                .orElse(name);
    }
}
