package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.StatementImport;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The statement imports (statement_import) and their progress (statement_import_progress); joins the caller's transaction. */
@ApplicationScoped
public class StatementImportRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Imports of a file with this content. */
    public List<StatementImport> withContent(String sha256) {
        return em.createQuery("select i from StatementImport i where i.contentSha256 = :h", StatementImport.class)
                .setParameter("h", sha256)
                .getResultList();
    }

    /** Inserts the import at once (flush) and its progress row (0 lines at {@code now}). */
    public void addWithProgress(StatementImport i, OffsetDateTime now) {
        em.persist(i);
        em.flush();
        em.createNativeQuery(
                        "insert into statement_import_progress (import_id, processed, updated_at) values (?1, 0, ?2)")
                .setParameter(1, i.getId())
                .setParameter(2, now)
                .executeUpdate();
    }

    /** The day's imports still IMPORTING. */
    public List<StatementImport> runningOfDay(long dayId) {
        return em.createQuery(
                        "select i from StatementImport i where i.dayId = :d and i.status = 'IMPORTING'",
                        StatementImport.class)
                .setParameter("d", dayId)
                .getResultList();
    }

    /** Every import still IMPORTING. */
    public List<StatementImport> running() {
        return em.createQuery("select i from StatementImport i where i.status = 'IMPORTING'", StatementImport.class)
                .getResultList();
    }

    /** Locks an import read in this transaction and reads it again. */
    public void lockAndRefresh(StatementImport i) {
        em.lock(i, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(i);
    }

    public void setProgress(long importId, int processed, OffsetDateTime now) {
        em.createNativeQuery(
                        "update statement_import_progress set processed = ?1, updated_at = ?2 where import_id = ?3")
                .setParameter(1, processed)
                .setParameter(2, now)
                .setParameter(3, importId)
                .executeUpdate();
    }

    /** The import, or null. */
    public StatementImport find(long id) {
        return em.find(StatementImport.class, id);
    }

    /** The day's imports by id. */
    public List<StatementImport> ofDay(long dayId) {
        return em.createQuery("select i from StatementImport i where i.dayId = :d order by i.id", StatementImport.class)
                .setParameter("d", dayId)
                .getResultList();
    }

    /** How many of the day's imports are DONE. */
    public long doneOfDay(long dayId) {
        return em.createQuery(
                        "select count(i) from StatementImport i where i.dayId = :d and i.status = 'DONE'", Long.class)
                .setParameter("d", dayId)
                .getSingleResult();
    }

    /** Lines stored so far, if the progress row is there. */
    public Optional<Integer> processed(long importId) {
        List<?> r = em.createNativeQuery("select processed from statement_import_progress where import_id = ?1")
                .setParameter(1, importId)
                .getResultList();
        return r.isEmpty() ? Optional.empty() : Optional.of(((Number) r.get(0)).intValue());
    }

    /** When the import last moved, if the progress row is there. */
    public Optional<OffsetDateTime> lastMove(long importId) {
        List<?> r = em.createNativeQuery("select updated_at from statement_import_progress where import_id = ?1")
                .setParameter(1, importId)
                .getResultList();
        return r.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTimes.of(r.get(0)));
    }
}
