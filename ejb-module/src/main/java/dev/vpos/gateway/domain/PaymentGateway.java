package dev.vpos.gateway.domain;

import java.util.Set;

/**
 * The SPI every bank family implements; everything bank-specific (field names, formats, hashes) stays behind it in
 * the family's own package. Every call carries the module's own bank order id so the bank can be asked later what
 * happened to it. Implementations never throw for a bank outcome: declines, unreachable banks and unreadable answers
 * come back as a {@link GatewayResult} (NOT_SENT only when nothing can have reached the bank; UNKNOWN when it may
 * have). Operations a family does not offer answer {@link GatewayResult#notOffered}.
 */
public interface PaymentGateway {

    GatewayFamily family();

    /** The operations this family's bank offers (and this adapter implements). */
    Set<GatewayOperation> operations();

    /** The payment models this adapter implements. */
    Set<PaymentModel> paymentModels();

    /**
     * A harmless call that proves the endpoint answers and accepts the credentials (e.g. the status of an order
     * that does not exist). Never charges anything.
     */
    ConnectionCheck testConnection(GatewayAccount account);

    /**
     * What the bank knows of our order: APPROVED or DECLINED (with the bank's codes), NOT_SENT when the bank has no
     * such order, UNKNOWN when it could not be asked or its answer settles nothing.
     */
    GatewayResult status(String bankOrderId, GatewayAccount account);

    /** A non-3D sale (authorisation + capture in one step). */
    GatewayResult sale(SaleInstruction instruction, GatewayAccount account);

    /** A non-3D pre-authorisation. */
    default GatewayResult preAuthorize(SaleInstruction instruction, GatewayAccount account) {
        return GatewayResult.notOffered(family(), GatewayOperation.PRE_AUTH);
    }

    /** Capture (post-auth) of a pre-authorisation, for {@link FollowUp#amount()} (partial where the bank allows). */
    default GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        return GatewayResult.notOffered(family(), GatewayOperation.CAPTURE);
    }

    /** Cancel of a transaction of today's open batch. */
    default GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return GatewayResult.notOffered(family(), GatewayOperation.VOID);
    }

    /** Refund (full or partial) of a settled transaction. */
    default GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return GatewayResult.notOffered(family(), GatewayOperation.REFUND);
    }

    /**
     * Whether a payment in {@code model} can be a pre-authorisation (an authorisation hold, captured or voided later):
     * by default where the family publishes {@link GatewayOperation#PRE_AUTH} and implements the model. A family whose
     * bank pre-authorises only through 3-D (Tosla) answers for its 3-D models alone.
     */
    default boolean preAuthorizes(PaymentModel model) {
        return operations().contains(GatewayOperation.PRE_AUTH)
                && paymentModels().contains(model);
    }

    /**
     * Whether a captured sale of today's open batch can be voided (the bank's cancel). Providers whose void only
     * cancels an authorisation not yet captured (Stripe) answer false, so that a "cancel" of a sale is a refund.
     */
    default boolean voidsSales() {
        return operations().contains(GatewayOperation.VOID);
    }

    /**
     * Whether the provider keeps a card at the payer's request and later pays with its token
     * ({@link ThreeDsRequest#cardToken()}: {@link CardTokenUse}), so that the hosted page may offer "save my card" and
     * the customer's saved cards. Families that cannot answer false.
     */
    default boolean keepsCards() {
        return false;
    }

    /**
     * The bank's history of one order — its sale or pre-authorisation and every capture, void and refund the bank
     * booked for it — where the bank has such a call ({@link GatewayOperation#HISTORY} in {@link #operations()}).
     * A follow-up left in flight or unknown was booked when an approved line of its kind (and, where the bank keeps
     * it, its operation id) is there. Never throws; a bank that cannot be asked is a history not answered.
     */
    default OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        return OrderHistory.notAnswered(
                BankExchange.nothingSent(family() + " does not offer " + GatewayOperation.HISTORY));
    }

    /** Begins a 3-D Secure payment: the form to post the payer's browser to the bank's 3-D gate (or the bank's page). */
    default ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return ThreeDsStart.failed(GatewayResult.notOffered(family(), GatewayOperation.SALE));
    }

    /**
     * Verifies the bank's 3-D callback (hash/signature with the store key in constant time; order, amount, currency
     * and installments against {@link ThreeDsCallback#expected()}; the authentication status by the family's rule)
     * and completes the payment: for 3D sends the provision with the MPI data, for 3D Pay / 3D Host reads the result.
     */
    default ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return ThreeDsFinish.rejected(
                family() + " does not offer 3-D Secure", BankExchange.nothingSent("no 3-D Secure in " + family()));
    }

    /**
     * Reads a provider's server-to-server notification for this account: verifies its signature (constant time,
     * with the provider's certificate or the definition's secret; timestamps within the provider's tolerance),
     * and says which event of which of our orders it is and what the provider must hear back. Never throws for a
     * forged or unreadable notification: that is a {@link NotificationVerdict#rejected} verdict.
     */
    default NotificationVerdict readNotification(InboundNotification notification, GatewayAccount account) {
        return NotificationVerdict.rejected(family() + " sends no notifications", "");
    }
}
