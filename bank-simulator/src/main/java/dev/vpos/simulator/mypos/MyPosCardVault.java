package dev.vpos.simulator.mypos;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Cards the simulated myPOS keeps for its stores (IPCPurchase with {@code CardTokenRequest}, with the payer's
 * consent): one token per card per store — the same card stored again gets the same token, as myPOS's token is
 * "a uniquely generated token of the PAN". Only the masked number is kept. In memory only.
 */
final class MyPosCardVault {

    /** A stored card: what a token pays with. */
    record StoredCard(String token, String sid, String maskedPan, String last4, String expiryYymm, String cardType) {}

    private final Map<String, StoredCard> byToken = new HashMap<>();
    private final Map<String, String> tokenOfCard = new HashMap<>();
    private final SecureRandom random;

    MyPosCardVault(SecureRandom random) {
        this.random = random;
    }

    synchronized StoredCard store(String sid, String maskedPan, String expiryYymm, String cardType) {
        String key = sid + "|" + maskedPan + "|" + expiryYymm;
        String token = tokenOfCard.computeIfAbsent(key, k -> {
            byte[] bytes = new byte[20];
            random.nextBytes(bytes);
            return HexFormat.of().withUpperCase().formatHex(bytes);
        });
        StoredCard card = new StoredCard(
                token, sid, maskedPan, maskedPan.substring(maskedPan.length() - 4), expiryYymm, cardType);
        byToken.put(token, card);
        return card;
    }

    synchronized Optional<StoredCard> find(String sid, String token) {
        return Optional.ofNullable(byToken.get(token)).filter(c -> c.sid().equals(sid));
    }

    synchronized int size() {
        return byToken.size();
    }
}
