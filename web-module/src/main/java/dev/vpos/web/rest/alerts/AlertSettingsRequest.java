package dev.vpos.web.rest.alerts;

import java.util.List;

/**
 * {@code {"rules": [{"kind": "CREDENTIAL_EXPIRY", "enabled": true, "threshold": 30}], "recipients": ["ops@x.com"],
 * "expiries": [{"definitionId": 12, "label": "3-D store key", "expiresOn": "2027-03-31"}], "mailLanguage": "tr"}}: the
 * rules sent are set (kinds not sent keep theirs); recipients and expiries replace the company's lists, the e-mails'
 * language is set (absent: kept as they are).
 */
public class AlertSettingsRequest {

    public List<Rule> rules;
    public List<String> recipients;
    public List<Expiry> expiries;
    /** The language of the company's alert e-mails: en, tr, ar, el, it or ru (absent: kept as it is). */
    public String mailLanguage;

    public static class Rule {
        public String kind;
        public Boolean enabled;
        public Integer threshold;
    }

    public static class Expiry {
        public Long definitionId;
        public String label;
        /** ISO date, e.g. 2027-03-31. */
        public String expiresOn;
    }
}
