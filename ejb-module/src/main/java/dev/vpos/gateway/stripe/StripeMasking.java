package dev.vpos.gateway.stripe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must not reach a log from Stripe's JSON: client secrets ({@code pi_..._secret_...}) and, should a card
 * number ever appear (it should not: Stripe shows only the last four), any run of 13 to 19 digits down to its first
 * six and last four.
 */
final class StripeMasking {

    private static final Pattern CLIENT_SECRET = Pattern.compile("(pi|seti)_([A-Za-z0-9]+)_secret_[A-Za-z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("(?<!\\d)(\\d{6})(\\d{3,9})(\\d{4})(?!\\d)");

    private StripeMasking() {}

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String noSecrets = CLIENT_SECRET.matcher(text).replaceAll("$1_$2_secret_***");
        Matcher m = DIGITS.matcher(noSecrets);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + "*".repeat(m.group(2).length()) + m.group(3));
        }
        m.appendTail(out);
        return out.toString();
    }
}
