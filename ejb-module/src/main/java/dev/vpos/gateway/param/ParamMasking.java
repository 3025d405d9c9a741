package dev.vpos.gateway.param;

import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.CardNumber;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Param's envelopes appear in the log: the web-service password, the merchant GUID, the request hash, the card's
 * CVC and expiry as {@code ***}, the card number as BIN + last 4; any other run of card-like digits (in the bank's HTML
 * page, say) masked too.
 */
final class ParamMasking {

    static final Set<String> SECRETS =
            Set.of("CLIENT_PASSWORD", "GUID", "Islem_Hash", "KK_CVC", "KK_SK_Ay", "KK_SK_Yil", "UCD_MD");
    private static final Pattern ELEMENT = Pattern.compile("<((?:[A-Za-z0-9_]+:)?([A-Za-z0-9_]+))>([^<]*)</\\1>");

    private ParamMasking() {}

    static String envelope(String xml) {
        if (xml == null) {
            return null;
        }
        Matcher m = ELEMENT.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String value = m.group(3);
            String shown = value;
            if (!value.isEmpty() && SECRETS.contains(name)) {
                shown = "***";
            } else if ("KK_No".equals(name) && value.matches("\\d{12,19}")) {
                shown = CardNumber.mask(value);
            }
            m.appendReplacement(
                    out, Matcher.quoteReplacement("<" + m.group(1) + ">" + shown + "</" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return LogText.maskCardNumbers(out.toString(), 13);
    }
}
