package dev.vpos.gateway.kuveytturk;

import dev.vpos.shared.domain.CardNumber;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what KuveytTürk traffic may carry before it reaches the transaction log: card numbers (BIN + last 4, also
 * inside the bank's HTML and URL-encoded callback XML), CVV, and the hashed password some answers echo
 * ({@code HashPassword}), which is as good as the password for forging hashes. Bodies are capped.
 */
final class KuveytTurkLog {

    static final int MAX_LOGGED = 4000;

    private static final Pattern PAN = Pattern.compile("(?<!\\d)\\d{15,19}(?!\\d)");
    private static final Pattern SECRET_ELEMENTS =
            Pattern.compile("(<(?:\\w+:)?(?:CardCVV2|HashPassword)>)[^<]*(</)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_ELEMENTS_ENCODED =
            Pattern.compile("(%3C(?:CardCVV2|HashPassword)%3E).*?(%3C%2F)", Pattern.CASE_INSENSITIVE);

    private static final Pattern CARD_ELEMENTS =
            Pattern.compile("(<(?:\\w+:)?CardNumber>|%3CCardNumber%3E)([^<%]*)", Pattern.CASE_INSENSITIVE);

    private KuveytTurkLog() {}

    static String masked(byte[] body) {
        return masked(new String(body, StandardCharsets.UTF_8));
    }

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
        t = card.appendTail(cards).toString();
        Matcher m = PAN.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(out, CardNumber.passesLuhn(digits) ? CardNumber.mask(digits) : digits);
        }
        m.appendTail(out);
        return out.length() > MAX_LOGGED ? out.substring(0, MAX_LOGGED) + "…" : out.toString();
    }
}
