package dev.vpos.routing.application;

import dev.vpos.bins.application.BinTable;
import dev.vpos.bins.domain.CardProfile;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.routing.domain.RouteReason;
import dev.vpos.routing.domain.Router;
import dev.vpos.routing.domain.RoutingRule;
import dev.vpos.routing.infrastructure.RoutingRuleRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the definition for a payment (the quote, a sale, a 3-D start): a named one is checked and kept (NAMED);
 * otherwise the company's routing rules decide with what the BIN table says about the card ({@link Router}). Reads
 * the rules, the definitions and the BIN row in the caller's transaction, fresh every time (no cache), so a change
 * applies to the next payment on every node.
 */
@ApplicationScoped
public class RoutingService {

    @Inject
    DefinitionService definitions;

    @Inject
    RoutingRuleRepository rules;

    @Inject
    BinTable bins;

    /**
     * The route, or empty with the reasons in {@code errors}.
     *
     * @param cardDigits the card number or its first 6 to 8 digits (only those are read); null when not known yet
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Route> route(
            long companyId,
            Long definitionId,
            Money amount,
            int installments,
            String cardDigits,
            List<FieldError> errors) {
        Optional<CardProfile> card = bins.lookup(cardDigits);
        if (definitionId != null) {
            Optional<VposDefinition> named = definitions.choose(companyId, definitionId, amount, installments, errors);
            if (named.isEmpty() || !Router.installmentsPossible(card, installments, errors)) {
                return Optional.empty();
            }
            return Optional.of(new Route(
                    named.get(), RouteReason.NAMED, null, Optional.empty(), Router.offeredOn(named.get(), card), card));
        }
        return Router.route(
                        definitions.enabled(companyId),
                        rules.ofCompany(companyId).stream()
                                .map(RoutingRule::spec)
                                .toList(),
                        card,
                        amount,
                        installments,
                        errors)
                .map(d -> new Route(d.chosen(), d.reason(), d.detail(), d.fallback(), d.installmentsOffered(), card));
    }

    /** Whether the company routes by rules (then naming a definition is an override, for the roles that may). */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public boolean routesByRules(long companyId) {
        return !rules.ofCompany(companyId).isEmpty();
    }
}
