package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.CardTokenUse;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.shared.domain.Money;
import java.util.Locale;
import java.util.Set;

/**
 * The IPC v1.4 requests the adapter sends, property by property in the order of the myPOS Checkout API
 * documentation (and its official PHP SDK): the standard properties first ({@code IPCmethod}, {@code IPCVersion},
 * {@code IPCLanguage}, {@code SID}, {@code WalletNumber}, {@code KeyIndex}, {@code Source}), then the method's own.
 * Every request is signed by {@link IpcFields#signedWith}.
 */
final class IpcRequests {

    static final String VERSION = "1.4";
    static final String SOURCE = "vpos-collections";
    static final String OUTPUT_FORMAT = "json";
    /**
     * How long myPOS keeps the checkout open, in seconds: as long as we wait for the payer (the module's 3-D wait is
     * 15 minutes), so a payer cannot pay after we have given up waiting.
     */
    static final String EXPIRES_IN = "900";
    /** CardTokenRequest: 0 no token, 2 pay and store the card. */
    static final String NO_TOKEN = "0";

    static final String PAY_AND_STORE = "2";
    /** PaymentParametersRequired 3: the simplified page, card details only (no address fields). */
    static final String SIMPLIFIED_PAGE = "3";
    /** PaymentMethod 1: card-only checkout. */
    static final String CARD_ONLY = "1";

    private static final Set<String> LANGUAGES = Set.of("EN", "BG", "DE", "ES", "FR", "IT", "RO", "GR", "NL", "PT");

    private IpcRequests() {}

    /** The purchase form the payer's browser posts to the myPOS checkout page. */
    static IpcFields purchase(ThreeDsRequest request, MyPosCredentials c) {
        Money amount = request.sale().amount();
        IpcFields f = standard("IPCPurchase", request.language(), c)
                .add("Currency", amount.currencyCode())
                .add("Amount", amount(amount))
                .add("OrderID", request.sale().bankOrderId())
                .add("URL_OK", request.successUrl().toString())
                .add("URL_Cancel", request.failureUrl().toString())
                .add(
                        "URL_Notify",
                        request.notifyUrl() == null ? null : request.notifyUrl().toString())
                .add("Note", "Order " + request.sale().bankOrderId())
                .add("expires_in", EXPIRES_IN)
                .add("customeremail", blankToNull(request.sale().email()));
        cart(f, request.sale().bankOrderId(), amount);
        CardTokenUse token = request.cardToken();
        return f.add("CardTokenRequest", token.storeWithConsent() ? PAY_AND_STORE : NO_TOKEN)
                .add("PaymentParametersRequired", SIMPLIFIED_PAGE)
                .add("PaymentMethod", CARD_ONLY)
                .signedWith(c.privateKey());
    }

    /**
     * A purchase with a card myPOS keeps for us (IPCIAPurchase with {@code CardToken}, server to server): myPOS
     * documents this as the way to pay again with a card stored by IPCPurchase with {@code CardTokenRequest}.
     */
    static IpcFields purchaseWithToken(
            String orderId, Money amount, String cardToken, String language, MyPosCredentials c) {
        IpcFields f = standard("IPCIAPurchase", language, c)
                .add("OrderID", orderId)
                .add("Amount", amount(amount))
                .add("Currency", amount.currencyCode())
                .add("CardToken", cardToken)
                .add("Note", "Order " + orderId + " (saved card)")
                .add("OutputFormat", OUTPUT_FORMAT);
        cart(f, orderId, amount);
        return f.signedWith(c.privateKey());
    }

    static IpcFields status(String orderId, MyPosCredentials c) {
        return standard("IPCGetTxnStatus", "en", c)
                .add("OrderID", orderId)
                .add("OutputFormat", OUTPUT_FORMAT)
                .signedWith(c.privateKey());
    }

    /** The order's transaction log: what myPOS received, did and sent for it. */
    static IpcFields txnLog(String orderId, MyPosCredentials c) {
        return standard("IPCGetTxnLog", "en", c)
                .add("OrderID", orderId)
                .add("OutputFormat", OUTPUT_FORMAT)
                .signedWith(c.privateKey());
    }

    static IpcFields refund(String orderId, String trnref, Money amount, MyPosCredentials c) {
        return standard("IPCRefund", "en", c)
                .add("Currency", amount.currencyCode())
                .add("Amount", amount(amount))
                .add("OrderID", orderId)
                .add("IPC_Trnref", trnref)
                .add("OutputFormat", OUTPUT_FORMAT)
                .signedWith(c.privateKey());
    }

    static IpcFields reversal(String trnref, MyPosCredentials c) {
        return standard("IPCReversal", "en", c)
                .add("IPC_Trnref", trnref)
                .add("OutputFormat", OUTPUT_FORMAT)
                .signedWith(c.privateKey());
    }

    /** Amounts as myPOS writes them: a dot and the currency's decimals, e.g. {@code 23.45}. */
    static String amount(Money m) {
        return m.amount().toPlainString();
    }

    private static IpcFields standard(String method, String language, MyPosCredentials c) {
        return new IpcFields()
                .add("IPCmethod", method)
                .add("IPCVersion", VERSION)
                .add("IPCLanguage", language(language))
                .add("SID", c.storeId())
                .add("WalletNumber", c.walletNumber())
                .add("KeyIndex", c.keyIndex())
                .add("Source", SOURCE);
    }

    /** One cart row for the whole order: myPOS requires a cart and shows it on its page. */
    private static void cart(IpcFields f, String orderId, Money amount) {
        f.add("CartItems", "1")
                .add("Article_1", "Order " + orderId)
                .add("Quantity_1", "1")
                .add("Price_1", amount(amount))
                .add("Amount_1", amount(amount))
                .add("Currency_1", amount.currencyCode());
    }

    /**
     * The page language: myPOS's two-letter code in capitals (Greek is GR, not ISO's EL); the language part of a BCP 47
     * tag; English where myPOS has no page in the payer's (Turkish, Arabic, Russian).
     */
    static String language(String language) {
        String upper =
                language == null ? "EN" : language.toUpperCase(Locale.ROOT).split("-", 2)[0];
        upper = "EL".equals(upper) ? "GR" : upper;
        return LANGUAGES.contains(upper) ? upper : "EN";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
