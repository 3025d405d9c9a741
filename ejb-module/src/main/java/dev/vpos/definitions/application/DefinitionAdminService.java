package dev.vpos.definitions.application;

import dev.vpos.definitions.application.DefinitionValidator.ValidDefinition;
import dev.vpos.definitions.domain.DefinitionAudit;
import dev.vpos.definitions.domain.DefinitionSettings;
import dev.vpos.definitions.domain.Environment;
import dev.vpos.definitions.domain.StoredCredential;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.definitions.infrastructure.DefinitionAuditRepository;
import dev.vpos.definitions.infrastructure.DefinitionUsageQueries;
import dev.vpos.definitions.infrastructure.VposDefinitionRepository;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administers a company's VPOS definitions: create, edit, enable/disable, delete or copy, every change audited.
 * Secrets are sealed on the way in and never come back out (only "set" and their last 2 characters).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = BusinessException.class)
public class DefinitionAdminService {

    private static final int MIN_OVERRIDE_REASON = 10;

    @Inject
    VposDefinitionRepository definitions;

    @Inject
    DefinitionAuditRepository audits;

    @Inject
    DefinitionUsageQueries usage;

    @Inject
    Clock clock;

    @Inject
    ErpPort erp;

    @Inject
    GatewayRegistry gateways;

    @Inject
    DefinitionViews views;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<DefinitionDetails> list(long companyId, boolean onlyEnabled, boolean withCredentials) {
        requireCompany(companyId);
        return definitions.ofCompany(companyId, onlyEnabled).stream()
                .map(d -> views.details(d, withCredentials))
                .toList();
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public DefinitionDetails get(long companyId, long id) {
        return views.details(find(companyId, id), true);
    }

    public DefinitionDetails create(long companyId, DefinitionCommand command, String actor) {
        requireCompany(companyId);
        ValidDefinition valid = validate(companyId, null, command);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        VposDefinition d = new VposDefinition(companyId, valid.settings(), now);
        CredentialWrite write = CredentialWrite.apply(d, valid, views.sealer());
        definitions.addNow(d);
        onlyDefault(d);
        audit(
                d,
                DefinitionAudit.Action.CREATED,
                actor,
                DefinitionChanges.created(valid.settings(), write.plainAfter(), write.secretsChanged()),
                null,
                now);
        return views.details(d, true);
    }

    public DefinitionDetails update(
            long companyId, long id, long expectedVersion, DefinitionCommand command, String actor) {
        VposDefinition d = find(companyId, id);
        if (d.getVersion() != expectedVersion) {
            throw new RuleViolationException("definition.staleVersion", d.getVersion());
        }
        ValidDefinition valid = validate(companyId, id, command);
        if (valid.settings().family() != d.getFamily()) {
            throw new InvalidInputException(FieldError.of("family", "definition.familyFixed", d.getFamily()));
        }
        DefinitionSettings before = d.settings();
        OffsetDateTime now = OffsetDateTimes.now(clock);
        d.apply(valid.settings(), now);
        CredentialWrite write = CredentialWrite.apply(d, valid, views.sealer());
        if (d.isEnabled()) {
            // an enabled definition must not be edited into the state enable refuses (a 3-D model without its key)
            requireWhatTheModelNeeds(d);
        }
        onlyDefault(d);
        audit(
                d,
                DefinitionAudit.Action.UPDATED,
                actor,
                DefinitionChanges.between(
                        before, valid.settings(), write.plainBefore(), write.plainAfter(), write.secretsChanged()),
                null,
                now);
        definitions.flush();
        return views.details(d, true);
    }

    /** Enables a definition once its required credentials are set; LIVE needs a test approval or a stated reason. */
    public DefinitionDetails enable(long companyId, long id, String overrideReason, String actor) {
        VposDefinition d = find(companyId, id);
        if (gateways.forFamily(d.getFamily()).isEmpty()) {
            throw new RuleViolationException("definition.familyWithoutAdapter", d.getFamily());
        }
        CredentialSchema schema = schema(d);
        List<String> missing = schema.fields().stream()
                .filter(CredentialField::required)
                .map(CredentialField::name)
                .filter(name ->
                        d.getCredentials().stream().noneMatch(c -> c.name().equals(name)))
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("definition.credentialsMissing", String.join(", ", missing));
        }
        requireWhatTheModelNeeds(d);
        List<FieldError> familyErrors =
                profile(d.getFamily()).check(d.getEnvironment() == Environment.LIVE, views.openCredentials(d));
        if (!familyErrors.isEmpty()) {
            throw new InvalidInputException(familyErrors);
        }
        String reason = null;
        if (d.needsOverrideToEnable()) {
            if (overrideReason == null || overrideReason.trim().length() < MIN_OVERRIDE_REASON) {
                throw new RuleViolationException("definition.liveNeedsTestApproval", MIN_OVERRIDE_REASON);
            }
            reason = overrideReason.trim();
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        d.enable(now);
        audit(d, DefinitionAudit.Action.ENABLED, actor, "enabled: false -> true", reason, now);
        definitions.flush();
        return views.details(d, true);
    }

    public DefinitionDetails disable(long companyId, long id, String actor) {
        VposDefinition d = find(companyId, id);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        d.disable(now);
        audit(d, DefinitionAudit.Action.DISABLED, actor, "enabled: true -> false", null, now);
        definitions.flush();
        return views.details(d, true);
    }

    /** Deletes a definition no collection ever used; a used one can only be disabled (its history needs it). */
    public void delete(long companyId, long id, String actor) {
        VposDefinition d = find(companyId, id);
        // every record that keeps the definition (a collection, a batch keyed in by hand, a reconciliation day, a
        // provider's notification, a saved card): 409 like a used definition, never a foreign-key failure (issue #13)
        long used = usage.uses(id);
        if (used > 0) {
            throw new RuleViolationException("definition.inUse", used);
        }
        audit(d, DefinitionAudit.Action.DELETED, actor, "deleted " + d.getCode(), null, OffsetDateTimes.now(clock));
        definitions.remove(d);
    }

    /** Copies settings and non-secret credentials to another company, disabled; secrets must be entered there. */
    public DefinitionDetails copy(long companyId, long id, long targetCompanyId, String actor) {
        VposDefinition source = find(companyId, id);
        requireCompany(targetCompanyId);
        DefinitionSettings s = source.settings();
        String code = uniqueCode(targetCompanyId, s.code());
        DefinitionSettings copied = new DefinitionSettings(
                code,
                s.displayName(),
                s.bankName(),
                s.logoUrl(),
                s.family(),
                s.environment(),
                s.paymentModel(),
                s.testEndpointUrl(),
                s.liveEndpointUrl(),
                s.connectTimeoutMs(),
                s.readTimeoutMs(),
                s.currencies(),
                s.minAmount(),
                s.maxAmount(),
                s.installmentPlans(),
                s.discount(),
                s.saveCardAllowed(),
                s.outgoingIp(),
                null,
                false);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        VposDefinition copy = new VposDefinition(targetCompanyId, copied, now);
        source.getCredentials().stream()
                .filter(c -> !c.sealed())
                .forEach(c -> copy.putCredential(new StoredCredential(c.name(), c.value(), false)));
        definitions.addNow(copy);
        audit(
                copy,
                DefinitionAudit.Action.COPIED,
                actor,
                "copied from company " + companyId + " definition " + source.getCode() + " (secrets not copied)",
                null,
                now);
        return views.details(copy, true);
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<AuditEntry> audit(long companyId, long id) {
        requireCompany(companyId);
        return audits.of(id).stream()
                .map(a -> new AuditEntry(a.getAction(), a.getActor(), a.getChanges(), a.getReason(), a.getOccurredAt()))
                .toList();
    }

    /** One audit row as the screen shows it. */
    public record AuditEntry(String action, String actor, String changes, String reason, OffsetDateTime occurredAt) {}

    private ValidDefinition validate(long companyId, Long id, DefinitionCommand command) {
        ValidDefinition valid = DefinitionValidator.validate(
                command, gateways::schema, bankAccount -> erp.bankAccountOf(companyId, bankAccount));
        Map<String, String> given = new HashMap<>();
        valid.credentials().forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                given.put(name, value);
            }
        });
        List<FieldError> familyErrors =
                profile(valid.settings().family()).check(valid.settings().environment() == Environment.LIVE, given);
        if (!familyErrors.isEmpty()) {
            throw new InvalidInputException(familyErrors);
        }
        boolean codeTaken = definitions.idsWithCode(companyId, valid.settings().code()).stream()
                .anyMatch(other -> !other.equals(id));
        if (codeTaken) {
            throw new InvalidInputException(FieldError.of(
                    "code", "definition.codeTaken", valid.settings().code()));
        }
        return valid;
    }

    private String uniqueCode(long companyId, String code) {
        String candidate = code;
        for (int i = 2; exists(companyId, candidate); i++) {
            String suffix = "-" + i;
            candidate = code.substring(0, Math.min(code.length(), 40 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private boolean exists(long companyId, String code) {
        return definitions.codeTaken(companyId, code);
    }

    private void onlyDefault(VposDefinition d) {
        if (d.isDefaultForCompany()) {
            definitions.otherDefaults(d.getCompanyId(), d.getId()).forEach(VposDefinition::notDefault);
        }
    }

    private void audit(
            VposDefinition d,
            DefinitionAudit.Action action,
            String actor,
            String changes,
            String reason,
            OffsetDateTime now) {
        audits.add(new DefinitionAudit(d.getId(), d.getCompanyId(), action, actor, changes, reason, now));
    }

    /**
     * Refuses (400, field {@code credentials.<name>}) a definition whose payment model needs a credential it lacks,
     * e.g. a 3-D model without the store key: it would otherwise be enabled and fail its first payment (NOT_SENT).
     */
    private void requireWhatTheModelNeeds(VposDefinition d) {
        List<FieldError> lacking = profile(d.getFamily()).neededBy(d.getPaymentModel()).stream()
                .filter(name -> d.getCredentials().stream()
                        .noneMatch(c -> c.name().equals(name) && !c.value().isBlank()))
                .map(name -> FieldError.of(
                        "credentials." + name,
                        "definition.credentialNeededByModel",
                        name,
                        d.getPaymentModel().name()))
                .toList();
        if (!lacking.isEmpty()) {
            throw new InvalidInputException(lacking);
        }
    }

    private FamilyProfile profile(GatewayFamily family) {
        return gateways.profile(family)
                .orElseThrow(() -> new RuleViolationException("definition.familyWithoutAdapter", family));
    }

    private CredentialSchema schema(VposDefinition d) {
        return gateways.schema(d.getFamily())
                .orElseThrow(() -> new RuleViolationException("definition.familyWithoutAdapter", d.getFamily()));
    }

    private VposDefinition find(long companyId, long id) {
        requireCompany(companyId);
        VposDefinition d = definitions.find(id).orElse(null);
        if (d == null || d.getCompanyId() != companyId) {
            throw new NotFoundException("definition.notFoundById", "definition " + id);
        }
        return d;
    }

    private void requireCompany(long companyId) {
        if (erp.company(companyId).isEmpty()) {
            throw new NotFoundException("company.notFoundById", "company " + companyId);
        }
    }
}
