package dev.vpos.web.rest.routing;

import dev.vpos.routing.domain.PlusInstallmentCampaign;
import java.time.LocalDate;

/** One of a company's plus-installment campaigns: "+extra on minimum or more", its first and last day. */
public record InstallmentCampaignResponse(
        String programme, int extraInstallments, int minimumInstallments, LocalDate validFrom, LocalDate validTo) {

    public static InstallmentCampaignResponse of(PlusInstallmentCampaign c) {
        return new InstallmentCampaignResponse(
                c.programme(), c.extraInstallments(), c.minimumInstallments(), c.validFrom(), c.validTo());
    }
}
