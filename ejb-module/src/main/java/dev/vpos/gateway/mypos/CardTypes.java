package dev.vpos.gateway.mypos;

import java.util.Map;

/** myPOS's {@code CardType} codes (Checkout API "Card Types"). */
final class CardTypes {

    private static final Map<String, String> NAMES = Map.of(
            "1", "MASTERCARD",
            "2", "MAESTRO",
            "3", "VISA",
            "4", "VISA ELECTRON",
            "5", "VPAY",
            "6", "JCB");

    private CardTypes() {}

    /** The brand's name, or {@code CARD} when myPOS sends a type we do not know. */
    static String name(String cardType) {
        return NAMES.getOrDefault(cardType == null ? "" : cardType.trim(), "CARD");
    }
}
