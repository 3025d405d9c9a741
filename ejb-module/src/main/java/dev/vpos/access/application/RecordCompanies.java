package dev.vpos.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Which company a record belongs to (and, for what a portal starts, who created it), read straight from its table so
 * access can be decided before the record is read, changed or sent to a bank.
 */
@ApplicationScoped
public class RecordCompanies {

    /** A collection or checkout session's company and the program (or user) that created it. */
    public record Owner(long companyId, String createdBy) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /**
     * A collection by reference; its creator is the portal that opened its checkout session when it was paid on the
     * hosted page (the payer's collection is created in the session's name), else the caller who posted it.
     */
    public Optional<Owner> collection(String reference) {
        return owner(
                "select c.company_id, coalesce(s.created_by, c.created_by) from collection c"
                        + " left join checkout_session s on s.id = c.checkout_session_id where c.reference = ?1",
                reference);
    }

    public Optional<Owner> checkoutSession(String publicId) {
        return owner("select company_id, created_by from checkout_session where public_id = ?1", publicId);
    }

    public Optional<Long> batch(long id) {
        return company("select company_id from card_batch where id = ?1", id);
    }

    public Optional<Long> definition(long id) {
        return company("select company_id from vpos_definition where id = ?1", id);
    }

    public Optional<Long> interaction(long id) {
        return company("select company_id from bank_interaction where id = ?1", id);
    }

    public Optional<Long> notification(long id) {
        return company("select company_id from provider_notification where id = ?1", id);
    }

    public Optional<Long> reconciliationDay(long id) {
        return company("select company_id from reconciliation_day where id = ?1", id);
    }

    public Optional<Long> statementImport(long id) {
        return company(
                "select d.company_id from statement_import i join reconciliation_day d on d.id = i.day_id"
                        + " where i.id = ?1",
                id);
    }

    private Optional<Owner> owner(String sql, String key) {
        if (key == null || key.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery(sql).setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Owner(((Number) r[0]).longValue(), (String) r[1]));
    }

    private Optional<Long> company(String sql, long id) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }
}
