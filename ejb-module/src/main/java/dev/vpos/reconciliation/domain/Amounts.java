package dev.vpos.reconciliation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts as settlement files write them: a decimal point or comma, the other one as an optional thousands separator
 * in groups of three, at most four decimals, a sign in front ("-120,00") or behind ("120,00-"), never both.
 * Scanned by hand, not with a regular expression: a file has hundreds of thousands of them.
 */
public final class Amounts {

    private Amounts() {}

    /** The signed amount, or null when the text is not an amount in this format. */
    public static BigDecimal parse(String text, char decimalSeparator) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        int from = 0;
        int to = s.length();
        if (to == 0) {
            return null;
        }
        boolean negative = false;
        boolean leading = s.charAt(0) == '+' || s.charAt(0) == '-';
        if (leading) {
            negative = s.charAt(0) == '-';
            from = 1;
        }
        if (to > from && s.charAt(to - 1) == '-') {
            if (leading) {
                return null;
            }
            negative = true;
            to--;
        }
        int decimal = s.indexOf(decimalSeparator, from);
        if (decimal >= to) {
            decimal = -1;
        }
        String integer = integerDigits(s, from, decimal < 0 ? to : decimal, decimalSeparator == ',' ? '.' : ',');
        if (integer == null) {
            return null;
        }
        StringBuilder number = new StringBuilder(integer);
        if (decimal >= 0) {
            int digits = to - decimal - 1;
            if (digits < 1 || digits > 4 || !allDigits(s, decimal + 1, to)) {
                return null;
            }
            number.append('.').append(s, decimal + 1, to);
        }
        BigDecimal value = new BigDecimal(number.toString());
        return negative ? value.negate() : value;
    }

    /** The digits of the integer part: plain, or grouped by three after a first group of one to three. */
    private static String integerDigits(String s, int from, int to, char group) {
        if (to <= from) {
            return null;
        }
        if (s.indexOf(group, from) < 0 || s.indexOf(group, from) >= to) {
            return allDigits(s, from, to) ? s.substring(from, to) : null;
        }
        StringBuilder digits = new StringBuilder(to - from);
        int start = from;
        boolean first = true;
        while (start <= to) {
            int end = s.indexOf(group, start);
            if (end < 0 || end > to) {
                end = to;
            }
            int length = end - start;
            if ((first ? length < 1 || length > 3 : length != 3) || !allDigits(s, start, end)) {
                return null;
            }
            digits.append(s, start, end);
            first = false;
            start = end + 1;
        }
        return digits.toString();
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The amount in ten-thousandths (the scale of the money columns), exactly. */
    public static long units(BigDecimal amount) {
        BigDecimal four = amount.scale() == 4 ? amount : amount.setScale(4, RoundingMode.UNNECESSARY);
        return four.unscaledValue().longValueExact();
    }

    public static BigDecimal ofUnits(long units) {
        return BigDecimal.valueOf(units, 4);
    }
}
