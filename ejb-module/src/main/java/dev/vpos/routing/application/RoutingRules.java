package dev.vpos.routing.application;

import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.routing.domain.RoutingRule;
import dev.vpos.routing.domain.RuleKind;
import dev.vpos.routing.domain.RuleSpec;
import dev.vpos.routing.infrastructure.RoutingRuleRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** A company's routing rules, read and replaced as one ordered list by an admin; every rule is checked first. */
@ApplicationScoped
public class RoutingRules {

    private static final Logger LOG = Logger.getLogger(RoutingRules.class.getName());
    static final int MAX_RULES = 50;

    /** A rule as shown: its kind, match, definition (id and code) and who last set the list. */
    public record RuleView(int position, RuleKind kind, String matchValue, Long definitionId, String definitionCode) {}

    @Inject
    RoutingRuleRepository rules;

    @Inject
    DefinitionService definitions;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<RuleView> of(long companyId) {
        Map<Long, String> codes = codes(companyId);
        return rules.ofCompany(companyId).stream()
                .map(r -> view(r.getPosition(), r.spec(), codes))
                .toList();
    }

    /** Replaces the company's rules with {@code specs}, in that order; an empty list = no routing (the default). */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<RuleView> replace(long companyId, List<RuleSpec> specs, String actor) {
        Map<Long, String> codes = codes(companyId);
        List<FieldError> errors = new ArrayList<>();
        if (specs.size() > MAX_RULES) {
            errors.add(FieldError.of("rules", "routing.tooManyRules", MAX_RULES));
        }
        for (int i = 0; i < specs.size(); i++) {
            check(i, specs.get(i), codes, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rules.removeAll(companyId);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        for (int i = 0; i < specs.size(); i++) {
            RuleSpec s = specs.get(i);
            String match = s.matchValue() == null ? null : s.matchValue().trim();
            rules.add(new RoutingRule(companyId, i + 1, new RuleSpec(s.kind(), match, s.definitionId()), actor, now));
        }
        LOG.info(() -> "Routing rules of company " + companyId + " set by " + actor + ": " + specs.size() + " rule(s)");
        return of(companyId);
    }

    private static void check(int i, RuleSpec s, Map<Long, String> codes, List<FieldError> errors) {
        String at = "rules[" + i + "]";
        if (s.kind() == null) {
            errors.add(FieldError.of(at + ".kind", "routing.kindRequired"));
            return;
        }
        if (s.kind() == RuleKind.CHEAPEST) {
            if (s.definitionId() != null
                    || (s.matchValue() != null && !s.matchValue().isBlank())) {
                errors.add(FieldError.of(at + ".kind", "routing.cheapestTakesNothing"));
            }
            return;
        }
        if (s.matchValue() == null
                || s.matchValue().isBlank()
                || s.matchValue().trim().length() > 40) {
            errors.add(FieldError.of(at + ".matchValue", "routing.matchRequired", 40));
        }
        if (s.definitionId() == null || !codes.containsKey(s.definitionId())) {
            errors.add(FieldError.of(at + ".definitionId", "definition.notFound", String.valueOf(s.definitionId())));
        }
    }

    private Map<Long, String> codes(long companyId) {
        return definitions.ofCompany(companyId).stream()
                .collect(Collectors.toMap(VposDefinition::getId, VposDefinition::getCode, (a, b) -> a));
    }

    private static RuleView view(int position, RuleSpec s, Map<Long, String> codes) {
        return new RuleView(position, s.kind(), s.matchValue(), s.definitionId(), codes.get(s.definitionId()));
    }
}
