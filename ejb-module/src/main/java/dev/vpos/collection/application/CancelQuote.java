package dev.vpos.collection.application;

import dev.vpos.collection.domain.OperationKind;
import java.math.BigDecimal;

/**
 * What a cancel of a collection would do now, for a screen to offer it: whether one is possible, the amount left to
 * cancel (the whole pre-authorisation, or what is still refundable), whether a part may be given (a partial refund the
 * family offers, once the sale has left the bank's open batch), and whether cancelling all of it now would be a void
 * or a refund (the family's cut-off decides).
 */
public record CancelQuote(
        boolean possible, BigDecimal remaining, String currency, boolean partialAllowed, OperationKind kind) {

    static CancelQuote none(String currency) {
        return new CancelQuote(false, BigDecimal.ZERO, currency, false, null);
    }
}
