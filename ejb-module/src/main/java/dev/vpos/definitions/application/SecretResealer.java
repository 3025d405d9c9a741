package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.DefinitionAudit;
import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.definitions.domain.StoredCredential;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.definitions.infrastructure.DefinitionAuditRepository;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Re-seals, in one transaction, every secret not yet under the current master key; each definition's audit says so. */
@ApplicationScoped
public class SecretResealer {

    @Inject
    VposDefinitionRepository definitions;

    @Inject
    DefinitionAuditRepository audits;

    @Inject
    SecretSealer sealer;

    @Inject
    Clock clock;

    /** Other contexts' sealed values (saved cards' tokens), re-sealed and counted with the definitions'. */
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<SealedSecretHolder> otherHolders;

    /** How many values were re-sealed, and which could not be opened (damaged, or under a key no longer known). */
    public record Result(int resealed, List<String> unopenable) {}

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Result resealAll(String actor) {
        String current = sealer.currentKeyId();
        OffsetDateTime now = OffsetDateTimes.now(clock);
        int count = 0;
        List<String> unopenable = new ArrayList<>();
        for (VposDefinition d : definitions.allById()) {
            List<StoredCredential> stale = new ArrayList<>();
            for (StoredCredential c : d.getCredentials()) {
                if (!c.sealed() || sealer.keyIdOf(c.value()).equals(current)) {
                    continue;
                }
                try {
                    d.putCredential(new StoredCredential(
                            c.name(), sealer.seal(sealer.open(c.value(), c.name()), c.name()), true));
                    stale.add(c);
                } catch (IllegalStateException e) {
                    unopenable.add("company " + d.getCompanyId() + " " + d.getCode() + " " + c.name());
                }
            }
            if (!stale.isEmpty()) {
                definitions.newVersion(d);
                audits.add(new DefinitionAudit(
                        d.getId(),
                        d.getCompanyId(),
                        DefinitionAudit.Action.UPDATED,
                        actor,
                        stale.stream()
                                .map(c -> "credentials." + c.name() + ": re-sealed under master key " + current)
                                .sorted()
                                .reduce((a, b) -> a + "\n" + b)
                                .orElseThrow(),
                        null,
                        now));
                count += stale.size();
            }
        }
        for (SealedSecretHolder holder : otherHolders) {
            count += holder.resealAll(current, unopenable);
        }
        return new Result(count, unopenable);
    }

    /** How many sealed values each key id holds now. */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Map<String, Integer> valuesPerKey() {
        Map<String, Integer> counts = new TreeMap<>();
        definitions.all().stream()
                .flatMap(d -> d.getCredentials().stream())
                .filter(StoredCredential::sealed)
                .forEach(c -> counts.merge(sealer.keyIdOf(c.value()), 1, Integer::sum));
        otherHolders.forEach(h -> h.countPerKey(counts));
        return counts;
    }
}
