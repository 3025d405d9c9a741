package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.Environment;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository.FactsRow;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository.PlainCredential;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    VposDefinitionRepository definitions;

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
        List<FactsRow> rows = definitions.facts(companies);
        // a secret stays sealed: the report must never open (or reveal) one, so only plain values are read
        Map<Long, List<PlainCredential>> plain = new HashMap<>();
        definitions
                .plainCredentials(companies)
                .forEach(c -> plain.computeIfAbsent(c.definitionId(), k -> new ArrayList<>())
                        .add(c));
        List<DefinitionFacts> facts = new ArrayList<>();
        for (FactsRow r : rows) {
            facts.add(new DefinitionFacts(
                    r.id(),
                    r.companyId(),
                    r.code(),
                    r.displayName(),
                    r.family().name(),
                    r.environment().name(),
                    r.enabled(),
                    r.environment() == Environment.LIVE ? r.liveEndpointUrl() : r.testEndpointUrl(),
                    r.outgoingIp(),
                    expiries(plain.getOrDefault(r.id(), List.of()))));
        }
        return facts;
    }

    private List<DefinitionFacts.CredentialExpiry> expiries(List<PlainCredential> credentials) {
        List<DefinitionFacts.CredentialExpiry> found = new ArrayList<>();
        for (PlainCredential c : credentials) {
            GatewayFamily family = c.family();
            String name = c.name();
            gateways.profile(family)
                    .flatMap(p -> p.expiry(name, c.value()))
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
