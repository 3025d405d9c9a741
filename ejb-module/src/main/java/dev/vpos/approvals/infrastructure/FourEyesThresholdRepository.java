package dev.vpos.approvals.infrastructure;

import dev.vpos.approvals.domain.FourEyesThreshold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The four_eyes_threshold table; joins the caller's transaction. */
@ApplicationScoped
public class FourEyesThresholdRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public Optional<FourEyesThreshold> find(long companyId, String currency) {
        return Optional.ofNullable(em.find(FourEyesThreshold.class, new FourEyesThreshold.Key(companyId, currency)));
    }

    /** A company's thresholds by currency. */
    public List<FourEyesThreshold> ofCompany(long companyId) {
        return em.createQuery(
                        "select t from FourEyesThreshold t where t.companyId = :c order by t.currency",
                        FourEyesThreshold.class)
                .setParameter("c", companyId)
                .getResultList();
    }

    /** Deletes the given rows and flushes, so new rows of the same keys can follow in the transaction. */
    public void removeAll(List<FourEyesThreshold> rows) {
        rows.forEach(em::remove);
        em.flush();
    }

    /** Inserts the rows and flushes. */
    public void addAll(List<FourEyesThreshold> rows) {
        rows.forEach(em::persist);
        em.flush();
    }
}
