package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's checks before an authorisation (sale or pre-authorisation) reaches the card scheme, in this order:
 * credentials, operation type, amount, installments, card number, order id; and before an order-status or
 * order-history query is looked up: credentials, order id. A failed check is an {@code Error} with ProcReturnCode
 * 99. {@code CORE-2001}, {@code CORE-1001}, {@code CORE-1002}, {@code CORE-2050} and {@code CORE-1000} are the
 * simulator's choices (docs/families/est.md); the others are the codes the EST gateway uses for these errors.
 * Follow-ups (PostAuth, Void, Credit) have their own rules in {@link EstFollowUps}.
 */
final class EstRequestChecks {

    static final String UNREADABLE = "CORE-1000";
    static final String UNSUPPORTED_OPERATION = "CORE-1001";
    static final String MISSING_ORDER_ID = "CORE-1002";
    static final String UNAUTHORIZED = "CORE-2001";
    static final String INVALID_CARD_NUMBER = "CORE-2012";
    static final String ORDER_ID_ALREADY_USED = "CORE-2050";
    static final String INVALID_AMOUNT = "CORE-2102";
    static final String INVALID_INSTALLMENTS = "CORE-2603";

    static final EstVerdict UNREADABLE_REQUEST = EstVerdict.error(
            UNREADABLE,
            "Istek okunamadi: gecerli bir CC5Request XML belgesi degil / Request is not a readable CC5Request XML document");
    static final EstVerdict DUPLICATE_ORDER_ID =
            EstVerdict.error(ORDER_ID_ALREADY_USED, "Daha once kullanilmis siparis numarasi / Order id already used");

    private static final String UNAUTHORIZED_MESSAGE = "Yetkisiz erisim / Unauthorized access";
    /** The operations ({@code Type}) the simulated gateway implements. */
    static final Set<String> AUTHORIZATIONS = Set.of("Auth", "PreAuth");

    static final Set<String> FOLLOW_UPS = Set.of("PostAuth", "Void", "Credit");
    private static final String INSTALLMENTS = "|[2-9]|1[0-2]";

    private final EstMerchants merchants;
    private final Ledger ledger;

    EstRequestChecks(EstMerchants merchants, Ledger ledger) {
        this.merchants = merchants;
        this.ledger = ledger;
    }

    /** Credentials, then the operation: what every request with a {@code Type} must pass first. */
    Optional<EstVerdict> firstRoutingFailure(EstRequest r) {
        if (!authenticated(r)) {
            return fail(UNAUTHORIZED, UNAUTHORIZED_MESSAGE);
        }
        String type = r.get("Type");
        if (!AUTHORIZATIONS.contains(type) && !FOLLOW_UPS.contains(type)) {
            return fail(
                    UNSUPPORTED_OPERATION,
                    "Islem tipi '" + r.operation() + "' bu simulator surumunde desteklenmiyor"
                            + " / Operation '" + r.operation() + "' is not supported by this simulator version"
                            + " (only Auth, PreAuth, PostAuth, Void, Credit, Extra/ORDERSTATUS and Extra/ORDERHISTORY)");
        }
        return Optional.empty();
    }

    /** The first check a card authorisation fails, as the bank's error answer; empty when it may go on to the card rules. */
    Optional<EstVerdict> firstFailure(EstRequest r) {
        Optional<EstVerdict> routing = firstRoutingFailure(r);
        if (routing.isPresent()) {
            return routing;
        }
        if (!AUTHORIZATIONS.contains(r.get("Type"))) {
            return fail(
                    UNSUPPORTED_OPERATION,
                    "Islem tipi '" + r.operation() + "' kart bilgisi almaz" + " / Operation '" + r.operation()
                            + "' takes no card");
        }
        if (r.validTotal().isEmpty()) {
            return fail(INVALID_AMOUNT, "Gecersiz tutar");
        }
        if (!r.get("Taksit").matches(INSTALLMENTS)) {
            return fail(INVALID_INSTALLMENTS, "Taksit tablosu icin gecersiz deger");
        }
        if (!CardNumbers.wellFormed(r.cardNumber())) {
            return fail(INVALID_CARD_NUMBER, "Kredi karti numarasi gecerli formatta degil.");
        }
        if (!r.orderId().isEmpty() && ledger.hasApproved(EstBank.FAMILY, r.clientId(), r.orderId())) {
            return Optional.of(DUPLICATE_ORDER_ID);
        }
        return Optional.empty();
    }

    /**
     * The first check an order-status query fails, as the bank's error answer (credentials exactly as for a sale);
     * empty when the order may be looked up.
     */
    Optional<EstVerdict> firstStatusQueryFailure(EstRequest r) {
        if (!authenticated(r)) {
            return fail(UNAUTHORIZED, UNAUTHORIZED_MESSAGE);
        }
        if (r.orderId().isEmpty()) {
            return fail(
                    MISSING_ORDER_ID,
                    "Siparis numarasi eksik / OrderId is required for a "
                            + (r.isHistoryQuery() ? "history query" : "status query"));
        }
        return Optional.empty();
    }

    /** A follow-up names its order: the error when it does not. */
    static Optional<EstVerdict> missingOrderId(EstRequest r) {
        return r.orderId().isEmpty()
                ? fail(MISSING_ORDER_ID, "Siparis numarasi eksik / OrderId is required for " + r.get("Type"))
                : Optional.empty();
    }

    private boolean authenticated(EstRequest r) {
        return merchants
                .authenticate(r.clientId(), r.get("Name"), r.get("Password"))
                .isPresent();
    }

    static Optional<EstVerdict> fail(String errorCode, String message) {
        return Optional.of(EstVerdict.error(errorCode, message));
    }
}
