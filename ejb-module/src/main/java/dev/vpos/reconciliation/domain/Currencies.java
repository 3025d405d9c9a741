package dev.vpos.reconciliation.domain;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 4217 currency codes from what banks write: alphabetic codes, numeric codes (949, 0949) and their own aliases. */
public final class Currencies {

    private static final Map<Integer, String> BY_NUMBER = new HashMap<>();

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            if (c.getNumericCode() > 0) {
                BY_NUMBER.putIfAbsent(c.getNumericCode(), c.getCurrencyCode());
            }
        }
    }

    private Currencies() {}

    /** The ISO alphabetic code of an alphabetic or numeric code, or null when it is neither. */
    public static String iso(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() == 3 && c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            try {
                return Currency.getInstance(c).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!c.isEmpty() && c.length() <= 4 && c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return BY_NUMBER.get(Integer.parseInt(c));
        }
        return null;
    }

    /** As {@link #iso(String)}, after the mapping's aliases (e.g. TL → TRY). */
    public static String iso(String code, Map<String, String> aliases) {
        String c = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        return iso(aliases.getOrDefault(c, c));
    }
}
