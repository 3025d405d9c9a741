package dev.vpos.savedcards.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How a provider's card token is sealed (its purpose binds it to the definition) and recognised again. */
final class SavedCardSeal {

    private SavedCardSeal() {}

    /** The sealer's purpose: a sealed token moved to another definition's row will not open. */
    static String purpose(long definitionId) {
        return "saved-card:" + definitionId;
    }

    /** SHA-256 hex of the definition and the token: equal for the same card, says nothing of the token. */
    static String digest(long definitionId, String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((definitionId + ":" + token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
