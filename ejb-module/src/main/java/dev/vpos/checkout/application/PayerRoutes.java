package dev.vpos.checkout.application;

import dev.vpos.bins.application.BinTable;
import dev.vpos.bins.domain.CardProfile;
import dev.vpos.routing.application.InstallmentCampaigns;
import dev.vpos.routing.application.Route;
import dev.vpos.routing.application.RoutingService;
import dev.vpos.routing.domain.PlusInstallmentCampaign;
import dev.vpos.routing.domain.RouteReason;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the payer's methods the company's routing rules choose for the card being typed on the hosted page, and
 * why (docs/routing.md, "The hosted page"). A suggestion only: the payer's page names the method the payer picked, and
 * a named definition is never replaced. Nothing is suggested when the company has no rules, when no rule decided (the
 * company's default), or when the rules' choice is not among the methods the page offers.
 */
@ApplicationScoped
public class PayerRoutes {

    /** The most digits of a card the page sends and this reads (the BIN table's longest prefix). */
    static final Pattern FIRST_DIGITS = Pattern.compile("\\d{6,8}");

    static final int MAX_INSTALLMENTS = 36;

    private static final Set<RouteReason> EXPLAINED =
            Set.of(RouteReason.ON_US, RouteReason.PROGRAMME, RouteReason.CHEAPEST);

    /**
     * The rules' choice: the method (definition id), the reason (ON_US, PROGRAMME, CHEAPEST), the card's issuing bank
     * and programme (null when the BIN table does not know them), and the installment count it was chosen for.
     */
    public record Suggestion(long methodId, String reason, String issuer, String programme, int installments) {}

    @Inject
    CheckoutService checkout;

    @Inject
    RoutingService routing;

    @Inject
    InstallmentCampaigns campaigns;

    @Inject
    BinTable bins;

    /**
     * The plus-installment campaign of the card's programme that the company runs today, for the page's installment
     * table ("6 + 2 installments (Bonus campaign)"), whether or not the company routes by rules; empty when none applies.
     * Call after {@link #suggest} has checked the digits and the session.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<PlusInstallmentCampaign> campaign(String sessionId, String firstDigits) {
        CheckoutView s = checkout.forPayer(sessionId);
        if (!"OPEN".equals(s.state())) {
            return Optional.empty();
        }
        return campaigns.forCard(s.companyId(), bins.lookup(firstDigits));
    }

    /**
     * @param firstDigits the first 6 to 8 digits of the card the payer is typing
     * @throws InvalidInputException on {@code bin} or {@code installments} when they are not that
     * @throws dev.vpos.shared.domain.NotFoundException when there is no such session
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Suggestion> suggest(String sessionId, String firstDigits, int installments) {
        List<FieldError> refused = new ArrayList<>();
        if (firstDigits == null || !FIRST_DIGITS.matcher(firstDigits).matches()) {
            refused.add(FieldError.of("bin", "routing.binInvalid"));
        }
        if (installments < 1 || installments > MAX_INSTALLMENTS) {
            refused.add(FieldError.of("installments", "field.range", 1, MAX_INSTALLMENTS));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        CheckoutView s = checkout.forPayer(sessionId);
        if (!"OPEN".equals(s.state()) || !routing.routesByRules(s.companyId())) {
            return Optional.empty();
        }
        Optional<Route> route = routing.route(
                s.companyId(), null, Money.of(s.amount(), s.currency()), installments, firstDigits, new ArrayList<>());
        if (route.isEmpty() || !EXPLAINED.contains(route.get().reason())) {
            return Optional.empty();
        }
        long chosen = route.get().definition().getId();
        boolean offered = checkout.methods(sessionId).stream().anyMatch(m -> m.definitionId() == chosen);
        if (!offered) {
            return Optional.empty();
        }
        Optional<CardProfile> card = route.get().card();
        return Optional.of(new Suggestion(
                chosen,
                route.get().reason().name(),
                card.map(CardProfile::issuerName).orElse(null),
                card.map(CardProfile::programme).orElse(null),
                installments));
    }
}
