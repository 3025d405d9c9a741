package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import java.util.Optional;

/**
 * The gateway's checks before a sale reaches the card scheme, in this order: credentials, operation type,
 * amount, installments, card number, order id. A failed check is an {@code Error} with ProcReturnCode 99.
 * {@code CORE-2001}, {@code CORE-1001}, {@code CORE-2050} and {@code CORE-1000} are the simulator's choices
 * (docs/bank-simulator.md); the others are the codes the EST gateway uses for these errors.
 */
final class EstRequestChecks {

    static final String UNREADABLE = "CORE-1000";
    static final String UNSUPPORTED_OPERATION = "CORE-1001";
    static final String UNAUTHORIZED = "CORE-2001";
    static final String INVALID_CARD_NUMBER = "CORE-2012";
    static final String ORDER_ID_ALREADY_USED = "CORE-2050";
    static final String INVALID_AMOUNT = "CORE-2102";
    static final String INVALID_INSTALLMENTS = "CORE-2603";

    static final EstVerdict UNREADABLE_REQUEST = EstVerdict.error(UNREADABLE,
            "Istek okunamadi: gecerli bir CC5Request XML belgesi degil / Request is not a readable CC5Request XML document");
    static final EstVerdict DUPLICATE_ORDER_ID = EstVerdict.error(ORDER_ID_ALREADY_USED,
            "Daha once kullanilmis siparis numarasi / Order id already used");

    private static final String SALE = "Auth";
    private static final String INSTALLMENTS = "|[2-9]|1[0-2]";

    private final EstMerchants merchants;
    private final Ledger ledger;

    EstRequestChecks(EstMerchants merchants, Ledger ledger) {
        this.merchants = merchants;
        this.ledger = ledger;
    }

    /** The first check the request fails, as the bank's error answer; empty when it may go on to the card rules. */
    Optional<EstVerdict> firstFailure(EstRequest r) {
        if (merchants.authenticate(r.clientId(), r.get("Name"), r.get("Password")).isEmpty()) {
            return fail(UNAUTHORIZED, "Yetkisiz erisim / Unauthorized access");
        }
        if (!SALE.equals(r.get("Type"))) {
            return fail(UNSUPPORTED_OPERATION, "Islem tipi '" + r.get("Type") + "' bu simulator surumunde desteklenmiyor"
                    + " / Operation '" + r.get("Type") + "' is not supported by this simulator version (only Auth)");
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

    private static Optional<EstVerdict> fail(String errorCode, String message) {
        return Optional.of(EstVerdict.error(errorCode, message));
    }
}
