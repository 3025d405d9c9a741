package dev.vpos.access.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads a record's company (and creator) straight from the table that holds the record: collection, checkout_session,
 * card_batch, vpos_definition, bank_interaction, provider_notification, reconciliation_day, statement_import. Reads
 * only; it joins the caller's transaction if there is one.
 */
@ApplicationScoped
public class RecordOwnerQueries {

    /** A row's company and the program (or user) that created it. */
    public record OwnerRow(long companyId, String createdBy) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** A collection's company, and the portal that opened its checkout session if any, else its creator. */
    public Optional<OwnerRow> collectionOwner(String reference) {
        return owner(
                "select c.company_id, coalesce(s.created_by, c.created_by) from collection c"
                        + " left join checkout_session s on s.id = c.checkout_session_id where c.reference = ?1",
                reference);
    }

    public Optional<OwnerRow> checkoutSessionOwner(String publicId) {
        return owner("select company_id, created_by from checkout_session where public_id = ?1", publicId);
    }

    public Optional<Long> batchCompany(long id) {
        return company("select company_id from card_batch where id = ?1", id);
    }

    public Optional<Long> definitionCompany(long id) {
        return company("select company_id from vpos_definition where id = ?1", id);
    }

    public Optional<Long> interactionCompany(long id) {
        return company("select company_id from bank_interaction where id = ?1", id);
    }

    public Optional<Long> notificationCompany(long id) {
        return company("select company_id from provider_notification where id = ?1", id);
    }

    public Optional<Long> reconciliationDayCompany(long id) {
        return company("select company_id from reconciliation_day where id = ?1", id);
    }

    public Optional<Long> statementImportCompany(long id) {
        return company(
                "select d.company_id from statement_import i join reconciliation_day d on d.id = i.day_id"
                        + " where i.id = ?1",
                id);
    }

    private Optional<OwnerRow> owner(String sql, String key) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new OwnerRow(((Number) r[0]).longValue(), (String) r[1]));
    }

    private Optional<Long> company(String sql, long id) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }
}
