package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.definitions.domain.StoredCredential;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the definition for a payment and opens its credentials for one call. The definitions' versions are read
 * from the database for every collection, so an edit applies to the next collection without a restart, on every
 * node; a definition's credentials and plans are read again only when its version changed ({@link
 * DefinitionSnapshots}). The definitions returned are shared, read-only copies.
 */
@ApplicationScoped
public class DefinitionService {

    @Inject
    VposDefinitionRepository definitions;

    @Inject
    DefinitionSnapshots snapshots;

    @Inject
    SecretSealer sealer;

    /**
     * The named definition, or the company's default (else the first by code) that is enabled and fits the
     * currency and limits. Adds a field error to {@code errors} and returns empty when none fits.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<VposDefinition> choose(
            long companyId, Long definitionId, Money amount, int installments, List<FieldError> errors) {
        if (definitionId != null) {
            VposDefinition d = snapshots.find(definitionId).orElse(null);
            if (d == null || d.getCompanyId() != companyId) {
                errors.add(FieldError.of("definitionId", "definition.notFound", definitionId));
                return Optional.empty();
            }
            return check(d, amount, installments, errors);
        }
        List<VposDefinition> candidates = snapshots.enabled(companyId);
        Optional<VposDefinition> fit = candidates.stream()
                .filter(d -> d.accepts(amount.currencyCode())
                        && d.withinLimits(amount)
                        && d.plan(installments).isPresent())
                .findFirst();
        if (fit.isEmpty()) {
            errors.add(FieldError.of("definitionId", "definition.noneFits", amount.toString(), installments));
        }
        return fit;
    }

    /** The company's enabled definitions, its default first, then by code. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<VposDefinition> enabled(long companyId) {
        return snapshots.enabled(companyId);
    }

    /** All the company's definitions, enabled or not, its default first, then by code. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<VposDefinition> ofCompany(long companyId) {
        return definitions.ofCompany(companyId, false);
    }

    private static Optional<VposDefinition> check(
            VposDefinition d, Money amount, int installments, List<FieldError> errors) {
        int before = errors.size();
        if (!d.isEnabled()) {
            errors.add(FieldError.of("definitionId", "definition.disabled", d.getCode()));
        } else if (!d.accepts(amount.currencyCode())) {
            errors.add(FieldError.of("currency", "definition.currencyNotAccepted", amount.currencyCode(), d.getCode()));
        } else if (!d.withinLimits(amount)) {
            errors.add(FieldError.of(
                    "amount", "definition.outsideLimits", limit(d.getMinAmount()), limit(d.getMaxAmount())));
        } else if (d.plan(installments).isEmpty()) {
            errors.add(FieldError.of(
                    "installments",
                    "definition.installmentsNotOffered",
                    installments,
                    d.getInstallmentPlans().stream()
                            .map(p -> String.valueOf(p.installments()))
                            .collect(java.util.stream.Collectors.joining(", "))));
        }
        return errors.size() == before ? Optional.of(d) : Optional.empty();
    }

    private static String limit(Object value) {
        return value == null ? "-" : value.toString();
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public VposDefinition definition(long id) {
        VposDefinition d = snapshots.find(id).orElse(null);
        if (d == null) {
            throw new dev.vpos.shared.domain.NotFoundException("definition.notFoundById", "definition " + id);
        }
        return d;
    }

    /** The definition with its secrets opened, for one bank call. Never stored or logged. */
    public GatewayAccount open(VposDefinition d) {
        Map<String, String> credentials = new HashMap<>();
        for (StoredCredential c : d.getCredentials()) {
            credentials.put(c.name(), c.sealed() ? sealer.open(c.value(), c.name()) : c.value());
        }
        return new GatewayAccount(
                d.getId(),
                d.getCompanyId(),
                d.getFamily(),
                URI.create(d.getEndpointUrl()),
                Duration.ofMillis(d.getConnectTimeoutMs()),
                Duration.ofMillis(d.getReadTimeoutMs()),
                credentials,
                d.getEnvironment() == dev.vpos.definitions.domain.Environment.LIVE);
    }

    /** A credential as stored: secrets sealed, others plain. */
    public StoredCredential credential(String name, String value, boolean secret) {
        return new StoredCredential(name, secret ? sealer.seal(value, name) : value, secret);
    }
}
