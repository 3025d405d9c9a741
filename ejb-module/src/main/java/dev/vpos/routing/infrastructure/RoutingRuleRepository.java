package dev.vpos.routing.infrastructure;

import dev.vpos.routing.domain.RoutingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The routing_rule table: a company's rules in their order. */
@ApplicationScoped
public class RoutingRuleRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public List<RoutingRule> ofCompany(long companyId) {
        return em.createQuery(
                        "select r from RoutingRule r where r.companyId = :c order by r.position", RoutingRule.class)
                .setParameter("c", companyId)
                .getResultList();
    }

    /** Removes the company's rules (flushed, so new rows may take the same positions in this transaction). */
    public void removeAll(long companyId) {
        ofCompany(companyId).forEach(em::remove);
        em.flush();
    }

    public void add(RoutingRule rule) {
        em.persist(rule);
    }
}
