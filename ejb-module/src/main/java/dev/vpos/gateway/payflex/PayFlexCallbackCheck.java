package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.shared.domain.CardNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a PayFlex MPI callback against the payment we expect. The MPI signs nothing (no hash in the callback, see
 * docs/families/payflex.md), so authenticity rests on (1) every field matching what we started: the
 * {@code VerifyEnrollmentRequestId} (our order id), merchant, {@code PurchAmount} in minor units, currency,
 * installments and, when the card is still held, the card number; and (2) the bank itself checking ECI/CAVV against
 * its MPI record of that {@code MpiTransactionId} when we send the provision (a forged "Status=Y" cannot pass there).
 * Comparisons are constant-time.
 */
final class PayFlexCallbackCheck {

    /** Y = authenticated; A = attempt (issuer or card not taking part, the MPI vouches with ECI 06/01). */
    private static final Set<String> AUTHENTICATED = Set.of("Y", "A");

    private PayFlexCallbackCheck() {}

    static boolean authenticated(String status) {
        return AUTHENTICATED.contains(status);
    }

    /** Why the callback is not for the payment we expect; empty when it is. */
    static Optional<String> mismatch(ThreeDsCallback callback, String merchantId) {
        ThreeDsSale expected = callback.expected();
        String id = callback.field("VerifyEnrollmentRequestId").orElse("");
        if (!same(id, expected.bankOrderId())) {
            return Optional.of("callback is for enrollment " + id + ", not order " + expected.bankOrderId());
        }
        String merchant = callback.field("MerchantId").orElse("");
        if (!merchant.isEmpty() && !same(merchant, merchantId)) {
            return Optional.of("callback is for merchant " + merchant + ", not ours");
        }
        if (!PayFlexFormats.supports(expected.amount())) {
            return Optional.of("currency " + expected.amount().currencyCode() + " is not one PayFlex takes");
        }
        String amount = callback.field("PurchAmount").orElse("");
        if (!same(amount, PayFlexFormats.minorUnits(expected.amount()))) {
            return Optional.of("callback amount " + amount + " (minor units) differs from "
                    + PayFlexFormats.minorUnits(expected.amount()));
        }
        String currency = callback.field("PurchCurrency").orElse("");
        if (!same(currency, PayFlexFormats.currency(expected.amount()))) {
            return Optional.of(
                    "callback currency " + currency + " differs from " + PayFlexFormats.currency(expected.amount()));
        }
        String installments = callback.field("InstallmentCount").orElse("").trim();
        int posted;
        try {
            posted = installments.isEmpty() ? 0 : Integer.parseInt(installments);
        } catch (NumberFormatException e) {
            return Optional.of("callback installment count '" + installments + "' is not a number");
        }
        if (Math.max(posted, 1) != Math.max(expected.installments(), 1)) {
            return Optional.of("callback installments " + installments + " differ from " + expected.installments());
        }
        String pan = callback.field("Pan").orElse("");
        if (!pan.isEmpty() && expected.hasCard()) {
            String card = expected.card().digits();
            boolean sameCard = pan.contains("*") ? same(pan, CardNumber.mask(card)) : same(pan, card);
            if (!sameCard) {
                return Optional.of("callback is for another card (" + CardNumber.mask(pan) + ")");
            }
        }
        return Optional.empty();
    }

    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
