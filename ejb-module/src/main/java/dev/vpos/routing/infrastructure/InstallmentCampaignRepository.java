package dev.vpos.routing.infrastructure;

import dev.vpos.routing.domain.InstallmentCampaign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The plus_installment_campaign table: a company's campaigns in their order. */
@ApplicationScoped
public class InstallmentCampaignRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public List<InstallmentCampaign> ofCompany(long companyId) {
        return em.createQuery(
                        "select c from InstallmentCampaign c where c.companyId = :c order by c.position",
                        InstallmentCampaign.class)
                .setParameter("c", companyId)
                .getResultList();
    }

    /** Removes the company's campaigns (flushed, so new rows may take the same positions in this transaction). */
    public void removeAll(long companyId) {
        ofCompany(companyId).forEach(em::remove);
        em.flush();
    }

    public void add(InstallmentCampaign campaign) {
        em.persist(campaign);
    }
}
