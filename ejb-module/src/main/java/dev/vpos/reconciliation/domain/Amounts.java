package dev.vpos.reconciliation.domain;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as settlement files write them: a decimal point or comma, the other one as an optional thousands separator
 * in groups of three, at most four decimals, a sign in front ("-120,00") or behind ("120,00-"), never both.
 */
public final class Amounts {

    private static final Pattern POINT = Pattern.compile("([+-])?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]{1,4})?(-)?");
    private static final Pattern COMMA = Pattern.compile("([+-])?([0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(,[0-9]{1,4})?(-)?");
    private static final BigDecimal UNITS = BigDecimal.valueOf(10_000);

    private Amounts() {
    }

    /** The signed amount, or null when the text is not an amount in this format. */
    public static BigDecimal parse(String text, char decimalSeparator) {
        if (text == null) {
            return null;
        }
        Matcher m = (decimalSeparator == ',' ? COMMA : POINT).matcher(text.trim());
        if (!m.matches() || (m.group(1) != null && m.group(4) != null)) {
            return null;
        }
        String digits = m.group(2).replace(decimalSeparator == ',' ? "." : ",", "");
        String fraction = m.group(3) == null ? "" : "." + m.group(3).substring(1);
        BigDecimal value = new BigDecimal(digits + fraction);
        return "-".equals(m.group(1)) || m.group(4) != null ? value.negate() : value;
    }

    /** The amount in ten-thousandths (the scale of the money columns), exactly. */
    public static long units(BigDecimal amount) {
        return amount.multiply(UNITS).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal ofUnits(long units) {
        return BigDecimal.valueOf(units, 4);
    }
}
