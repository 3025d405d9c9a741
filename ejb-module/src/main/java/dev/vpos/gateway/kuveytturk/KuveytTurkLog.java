package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.CardNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what KuveytTürk traffic may carry before it reaches the transaction log: card numbers (BIN + last 4, also
 * inside the bank's HTML and URL-encoded callback XML), CVV, and the hashed password some answers echo
 * ({@code HashPassword}), which is as good as the password for forging hashes.
 */
final class KuveytTurkLog {

    private static final Pattern SECRET_ELEMENTS =
            Pattern.compile("(<(?:\\w+:)?(?:CardCVV2|HashPassword)>)[^<]*(</)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_ELEMENTS_ENCODED =
            Pattern.compile("(%3C(?:CardCVV2|HashPassword)%3E).*?(%3C%2F)", Pattern.CASE_INSENSITIVE);

    private static final Pattern CARD_ELEMENTS =
            Pattern.compile("(<(?:\\w+:)?CardNumber>|%3CCardNumber%3E)([^<%]*)", Pattern.CASE_INSENSITIVE);

    private KuveytTurkLog() {}

    static String masked(String text) {
        if (text == null) {
            return null;
        }
        String t = SECRET_ELEMENTS.matcher(text).replaceAll("$1***$2");
        t = SECRET_ELEMENTS_ENCODED.matcher(t).replaceAll("$1***$2");
        Matcher card = CARD_ELEMENTS.matcher(t);
        StringBuilder cards = new StringBuilder(t.length());
        while (card.find()) {
            card.appendReplacement(cards, Matcher.quoteReplacement(card.group(1) + CardNumber.mask(card.group(2))));
        }
        // 15 digits and more: the bank's 12-digit RRNs stay readable
        return LogText.maskCardNumbers(card.appendTail(cards).toString(), 15);
    }
}
