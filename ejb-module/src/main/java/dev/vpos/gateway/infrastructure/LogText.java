package dev.vpos.gateway.infrastructure;

import dev.vpos.shared.domain.CardNumber;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What of a bank exchange may go to the transaction log, and how much of it: every request, answer, form and callback
 * an adapter logs is masked by the family's {@link FieldMasking} (or a text masking of its own) and capped here at
 * {@link #MAX} characters. The log is for people reading what happened, not an archive of the bank's traffic.
 */
public final class LogText {

    /** The most characters of one request or answer kept in the log. */
    public static final int MAX = 4000;

    private static final Pattern[] DIGIT_RUNS = new Pattern[20];

    static {
        for (int min = 12; min < DIGIT_RUNS.length; min++) {
            DIGIT_RUNS[min] = Pattern.compile("(?<!\\d)\\d{" + min + ",19}(?!\\d)");
        }
    }

    private LogText() {}

    /** {@code text} cut to {@link #MAX} characters (with "…" where it was cut); null stays null. */
    public static String cap(String text) {
        return cap(text, MAX);
    }

    public static String cap(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /**
     * Every run of {@code minDigits} to 19 digits that passes the Luhn check, as BIN + last 4: card numbers in answers
     * and posted forms that have no field of their own (providers' JSON, HTML, free text). Runs that fail the check
     * (references, amounts, dates) stay as they are; {@code minDigits} (12–19) keeps shorter reference numbers that
     * happen to pass it, such as 12-digit RRNs, out of the way where a family has them. Null is "".
     */
    public static String maskCardNumbers(String text, int minDigits) {
        if (text == null) {
            return "";
        }
        if (minDigits < 12 || minDigits > 19) {
            throw new IllegalArgumentException("card numbers have 12 to 19 digits, not " + minDigits);
        }
        Matcher m = DIGIT_RUNS[minDigits].matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(
                    out, Matcher.quoteReplacement(CardNumber.passesLuhn(digits) ? CardNumber.mask(digits) : digits));
        }
        return m.appendTail(out).toString();
    }

    /** {@code name=value} pairs joined by {@code separator}, each value masked by {@code masking}, capped. */
    public static String fields(Map<String, String> fields, String separator, FieldMasking masking) {
        return cap(fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + masking.mask(e.getKey(), e.getValue()))
                .collect(Collectors.joining(separator)));
    }
}
