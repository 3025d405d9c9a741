package dev.vpos.web.rest.checkout;

import dev.vpos.checkout.application.CheckoutView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API answers for {@code CheckoutView}, mapped at the API edge. */
public record CheckoutResponse(
        String id,
        String state,
        long companyId,
        long customerAccountId,
        String purpose,
        String reference,
        BigDecimal amount,
        String currency,
        String returnUrl,
        String paymentPath,
        String collectionReference,
        String collectionState,
        String authCode,
        int attempts,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        boolean replayed,
        List<Attempt> payments,
        String kind) {

    public static CheckoutResponse of(CheckoutView a) {
        return new CheckoutResponse(
                a.id(),
                a.state(),
                a.companyId(),
                a.customerAccountId(),
                a.purpose(),
                a.reference(),
                a.amount(),
                a.currency(),
                a.returnUrl(),
                a.paymentPath(),
                a.collectionReference(),
                a.collectionState(),
                a.authCode(),
                a.attempts(),
                a.createdAt(),
                a.expiresAt(),
                a.replayed(),
                a.payments() == null
                        ? null
                        : a.payments().stream().map(Attempt::of).toList(),
                a.kind());
    }

    /** {@code CheckoutView.Attempt} as the API shows it. */
    public record Attempt(String reference, String state, String bankOrderId) {

        public static Attempt of(CheckoutView.Attempt a) {
            return new Attempt(a.reference(), a.state(), a.bankOrderId());
        }
    }
}
