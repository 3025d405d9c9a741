package dev.vpos.web.rest.routing;

import java.util.List;

/**
 * {@code {"campaigns": [{"programme": "Bonus", "extraInstallments": 2, "minimumInstallments": 3,
 * "validFrom": "2026-12-01", "validTo": "2026-12-31"}]}}.
 */
public class InstallmentCampaignsRequest {

    public List<Campaign> campaigns;

    /** One campaign: the programme, the extra installments, from which count, and its first and last day. */
    public static class Campaign {
        public String programme;
        public Integer extraInstallments;
        public Integer minimumInstallments;
        public String validFrom;
        public String validTo;
    }
}
