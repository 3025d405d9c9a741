package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks what Vakıf Katılım traffic may carry before it reaches the transaction log: card numbers (BIN + last 4), CVV,
 * and the hashed password (HashPassword), which is as good as the password for forging hashes.
 */
final class VakifKatilimLog {

    static final FieldMasking FIELDS =
            FieldMasking.of(Set.of("CardCVV2", "HashPassword", "HashData", "MD"), Set.of("CardNumber"));

    private static final Pattern SECRET_ELEMENTS =
            Pattern.compile("(<(?:\\w+:)?(?:CardCVV2|HashPassword)>)[^<]*(</)", Pattern.CASE_INSENSITIVE);

    private VakifKatilimLog() {}

    /** An XML answer or an HTML page, masked. */
    static String masked(String text) {
        if (text == null) {
            return null;
        }
        String t = SECRET_ELEMENTS.matcher(text).replaceAll("$1***$2");
        // 15 digits and more: the bank's 12-digit RRNs stay readable
        return LogText.maskCardNumbers(t, 15);
    }
}
