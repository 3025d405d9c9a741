package dev.vpos.txlog.domain;

import dev.vpos.shared.domain.CardNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second line of defence when the log is shown: requests and responses are masked by the adapters before they are
 * written, and anything that still looks like a card number (a run of 15–19 digits passing the Luhn check) is masked
 * to BIN + last 4 before it leaves the module. Shorter runs (RRNs, dates, amounts) are left alone.
 */
public final class PanScrubber {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9]{15,19}(?![0-9])");

    private PanScrubber() {}

    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(out, CardNumber.passesLuhn(digits) ? CardNumber.mask(digits) : digits);
        }
        m.appendTail(out);
        return out.toString();
    }
}
