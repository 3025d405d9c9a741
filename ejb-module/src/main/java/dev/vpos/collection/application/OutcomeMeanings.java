package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankVerdict;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.returncodes.application.ReturnCodeCatalog;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Turns gateway outcomes and stored collections into states and meanings through the return-code catalog. */
@ApplicationScoped
public class OutcomeMeanings {

    @Inject
    CollectionRecorder collections;

    @Inject
    ReturnCodeCatalog catalog;

    @Inject
    Clock clock;

    public static CollectionState stateFor(GatewayOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> CollectionState.APPROVED;
            case DECLINED -> CollectionState.DECLINED;
            case NOT_SENT -> CollectionState.NOT_SENT;
            case UNKNOWN -> CollectionState.UNKNOWN;
        };
    }

    /** The bank's codes as a state change records them, with the unified reason of {@code meaning}. */
    public static BankVerdict verdict(GatewayResult result, ReturnCodeMeaning meaning) {
        return new BankVerdict(
                result.bankCode(),
                meaning.reason().name(),
                result.bankMessage(),
                result.authCode(),
                result.hostRefNum(),
                result.transId(),
                result.references());
    }

    public ReturnCodeMeaning of(GatewayFamily family, GatewayOutcome outcome, String bankCode) {
        return switch (outcome) {
            case NOT_SENT -> ReturnCodeCatalog.bankNotReached();
            case UNKNOWN -> ReturnCodeCatalog.outcomeUnknown();
            case APPROVED, DECLINED -> catalog.describe(family, bankCode);
        };
    }

    public ReturnCodeMeaning describe(GatewayFamily family, String bankCode) {
        return catalog.describe(family, bankCode);
    }

    public CollectionView view(Collection c, boolean replayed) {
        return view(c, replayed, null, null);
    }

    /**
     * The view, with the meaning of {@code bankCode} already read from the catalog in this request (no second
     * look-up) when it is the collection's code.
     */
    public CollectionView view(Collection c, boolean replayed, String bankCode, ReturnCodeMeaning meaningOfCode) {
        ReturnCodeMeaning meaning = switch (c.getState()) {
            case NOT_SENT -> ReturnCodeCatalog.bankNotReached();
            case UNKNOWN, INITIATED, PENDING_3DS -> ReturnCodeCatalog.outcomeUnknown();
            default ->
                meaningOfCode != null && bankCode != null && bankCode.equals(c.getBankCode())
                        ? meaningOfCode
                        : catalog.describe(c.getFamily(), c.getBankCode());
        };
        return new CollectionView(
                c.getReference(),
                c.getBankOrderId(),
                c.getState(),
                c.getCompanyId(),
                c.getCustomerAccountId(),
                c.getDefinitionId(),
                c.getChannel(),
                c.money().amount(),
                c.money().currencyCode(),
                c.getInstallments(),
                c.getMaskedPan(),
                c.getCardBrand(),
                c.getBankCode(),
                c.getBankMessage(),
                meaning,
                c.getAuthCode(),
                c.getHostRefNum(),
                c.getBankTransId(),
                c.getCreatedAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                replayed,
                c.getAuthorizationKind(),
                c.captured().amount(),
                c.refunded().amount(),
                c.getDocumentId(),
                c.isNeedsAttention(),
                c.getDuplicateOf() == null
                        ? null
                        : collections.byId(c.getDuplicateOf()).getReference(),
                c.getRouteReason(),
                c.getRouteDetail(),
                c.getFailedOverFrom(),
                c.surcharge().amount(),
                c.documentAmount().amount());
    }
}
