package dev.vpos.txlog.infrastructure;

import dev.vpos.txlog.domain.LogRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The log_retention table: a company's own retention; joins the caller's transaction. */
@ApplicationScoped
public class LogRetentionRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public Optional<LogRetention> find(long companyId) {
        return Optional.ofNullable(em.find(LogRetention.class, companyId));
    }

    public void add(LogRetention row) {
        em.persist(row);
    }

    public void remove(LogRetention row) {
        em.remove(row);
    }

    public List<LogRetention> all() {
        return em.createQuery("select r from LogRetention r", LogRetention.class)
                .getResultList();
    }
}
