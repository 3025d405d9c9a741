package dev.vpos.definitions.infrastructure;

import dev.vpos.definitions.domain.DefinitionAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The definition_audit table; joins the caller's transaction. */
@ApplicationScoped
public class DefinitionAuditRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public void add(DefinitionAudit audit) {
        em.persist(audit);
    }

    /** A definition's audit trail, oldest first. */
    public List<DefinitionAudit> of(long definitionId) {
        return em.createQuery(
                        "select a from DefinitionAudit a where a.definitionId = :id order by a.occurredAt, a.id",
                        DefinitionAudit.class)
                .setParameter("id", definitionId)
                .getResultList();
    }
}
