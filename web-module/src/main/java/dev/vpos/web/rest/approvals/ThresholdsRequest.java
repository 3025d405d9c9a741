package dev.vpos.web.rest.approvals;

import java.util.List;

/** Body of PUT four-eyes: the company's thresholds, one per currency; empty = four eyes off. */
public class ThresholdsRequest {

    public List<Entry> thresholds;

    /** One currency's threshold, the amount as a plain decimal string. */
    public static class Entry {
        public String currency;
        public String amount;
    }
}
