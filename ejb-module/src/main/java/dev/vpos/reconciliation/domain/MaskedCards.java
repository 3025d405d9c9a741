package dev.vpos.reconciliation.domain;

import dev.vpos.shared.domain.CardNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card numbers as settlement files write them ("435508******4358", "4355 08** **** 4358", "435508XXXXXX4358"),
 * brought to the ERP's form (BIN + '*' + last 4). A full card number in a file is masked on reading and never kept.
 */
public final class MaskedCards {

    private static final Pattern MASKED = Pattern.compile("[0-9]{0,8}\\*+[0-9]{2,4}");
    private static final Pattern FULL = Pattern.compile("[0-9]{12,19}");
    private static final Pattern KEY = Pattern.compile("([0-9]{6})[0-9]*\\*+([0-9]{4})");

    private MaskedCards() {
    }

    /** The ERP's masked form, or null when the value is neither a masked nor a full card number. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replace(" ", "").replace("-", "");
        if (FULL.matcher(compact).matches()) {
            return CardNumber.mask(compact);
        }
        String masked = compact.replaceAll("[xX#\u2022.]", "*");
        return masked.length() <= 19 && MASKED.matcher(masked).matches() ? masked : null;
    }

    /** BIN (first 6) + last 4, what pass 2 of matching compares; null when the form does not show both. */
    public static String key(String masked) {
        if (masked == null) {
            return null;
        }
        Matcher m = KEY.matcher(masked);
        return m.matches() ? m.group(1) + m.group(2) : null;
    }
}
