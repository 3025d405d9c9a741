package dev.vpos.reconciliation.domain;

import dev.vpos.shared.domain.CardNumber;

/**
 * Card numbers as settlement files write them ("435508******4358", "4355 08** **** 4358", "435508XXXXXX4358"),
 * brought to the ERP's form (BIN + '*' + last 4). A full card number in a file is masked on reading and never kept.
 * Scanned by hand: every line and every batch record has one.
 */
public final class MaskedCards {

    private MaskedCards() {}

    /** The ERP's masked form, or null when the value is neither a masked nor a full card number. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean masked = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (c == '*' || c == 'x' || c == 'X' || c == '#' || c == '\u2022' || c == '.') {
                out.append('*');
                masked = true;
            } else {
                return null;
            }
        }
        String compact = out.toString();
        if (!masked) {
            return compact.length() >= 12 && compact.length() <= 19 ? CardNumber.mask(compact) : null;
        }
        int first = compact.indexOf('*');
        int last = compact.lastIndexOf('*');
        int tail = compact.length() - last - 1;
        boolean starsOnly = compact.substring(first, last + 1).chars().allMatch(ch -> ch == '*');
        return compact.length() <= 19 && first <= 8 && tail >= 2 && tail <= 4 && starsOnly ? compact : null;
    }

    /** BIN (first 6) + last 4, what pass 2 of matching compares; null when the form does not show both. */
    public static String key(String masked) {
        if (masked == null) {
            return null;
        }
        int first = masked.indexOf('*');
        int last = masked.lastIndexOf('*');
        if (first < 6 || masked.length() - last - 1 != 4) {
            return null;
        }
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            boolean star = i >= first && i <= last;
            if (star ? c != '*' : c < '0' || c > '9') {
                return null;
            }
        }
        return masked.substring(0, 6) + masked.substring(last + 1);
    }
}
