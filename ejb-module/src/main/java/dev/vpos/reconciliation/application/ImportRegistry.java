package dev.vpos.reconciliation.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.reconciliation.domain.ReconciliationAudit;
import dev.vpos.reconciliation.domain.ReconciliationDay;
import dev.vpos.reconciliation.domain.StatementImport;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The import rows, each change in a short transaction of its own: registering an upload (its day found or opened,
 * the refusals — closed day, an import of the day still running, the same file again), the running import's
 * progress, its failure.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
public class ImportRegistry {

    /** An import that has not moved for this long is taken as dead (its server stopped): it no longer blocks the day. */
    static final Duration STALE = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    /** The registered import (IMPORTING) and its day. */
    public record Registered(long importId, long dayId) {}

    public Registered register(
            VposDefinition definition,
            long mappingId,
            LocalDate statementDate,
            String fileName,
            String sha256,
            long bytes,
            int lines,
            String actor) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        ReconciliationDay day = dayOf(definition, statementDate, now);
        if (day.isClosed()) {
            throw new RuleViolationException("reconciliation.dayClosed", statementDate.toString(), day.getClosedBy());
        }
        requireNoRunningImport(day.getId(), now);
        if (lines > 0) {
            List<StatementImport> same = em.createQuery(
                            "select i from StatementImport i where i.contentSha256 = :h", StatementImport.class)
                    .setParameter("h", sha256)
                    .getResultList();
            if (!same.isEmpty()) {
                StatementImport first = same.get(0);
                throw new RuleViolationException(
                        "reconciliation.duplicateFile",
                        first.getFileName(),
                        Long.toString(first.getId()),
                        first.getImportedBy(),
                        first.getStartedAt().toLocalDate().toString());
            }
        }
        StatementImport i = new StatementImport(
                day.getId(), mappingId, fileName, lines > 0 ? sha256 : null, bytes, lines, actor, now);
        em.persist(i);
        em.flush();
        em.createNativeQuery(
                        "insert into statement_import_progress (import_id, processed, updated_at) values (?1, 0, ?2)")
                .setParameter(1, i.getId())
                .setParameter(2, now)
                .executeUpdate();
        return new Registered(i.getId(), day.getId());
    }

    /** Refuses a change while an import of the day stores its lines (a stale one is marked failed instead). */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public void requireNoRunningImport(long dayId, OffsetDateTime now) {
        List<StatementImport> running = em.createQuery(
                        "select i from StatementImport i where i.dayId = :d and i.status = 'IMPORTING'",
                        StatementImport.class)
                .setParameter("d", dayId)
                .getResultList();
        for (StatementImport i : running) {
            OffsetDateTime moved = lastMove(i);
            if (moved.plus(STALE).isBefore(now)) {
                i.fail("no progress since " + moved + ": the server stopped during the import", now);
            } else {
                throw new RuleViolationException("reconciliation.importRunning", i.getFileName());
            }
        }
    }

    /**
     * Imports that have not moved for {@link #STALE}: their server stopped during the import (a crash or a restart);
     * they are marked failed — nothing of them was kept, and the same file may be imported again — so that none
     * shows "importing" for ever.
     *
     * @return how many were failed
     */
    public int failStale(String actor) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        List<StatementImport> running = em.createQuery(
                        "select i from StatementImport i where i.status = 'IMPORTING'", StatementImport.class)
                .getResultList();
        int failed = 0;
        for (StatementImport i : running) {
            OffsetDateTime moved = lastMove(i);
            if (moved.plus(STALE).isBefore(now)) {
                em.lock(i, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                em.refresh(i);
                if (StatementImport.IMPORTING.equals(i.getStatus())) {
                    i.fail("no progress since " + moved + ": the server stopped during the import", now);
                    em.persist(new ReconciliationAudit(
                            i.getDayId(),
                            null,
                            null,
                            null,
                            ReconciliationAudit.Action.IMPORT_FAILED,
                            actor,
                            null,
                            i.getFileName() + ": " + i.getFailure(),
                            now));
                    failed++;
                }
            }
        }
        return failed;
    }

    public void progress(long importId, int processed) {
        em.createNativeQuery(
                        "update statement_import_progress set processed = ?1, updated_at = ?2 where import_id = ?3")
                .setParameter(1, processed)
                .setParameter(2, OffsetDateTimes.now(clock))
                .setParameter(3, importId)
                .executeUpdate();
    }

    /** The import failed: nothing of it was kept (its transaction rolled back); the same file may be tried again. */
    public void fail(long importId, String reason, String actor) {
        StatementImport i = em.find(StatementImport.class, importId);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        i.fail(reason, now);
        em.persist(new ReconciliationAudit(
                i.getDayId(),
                null,
                null,
                null,
                ReconciliationAudit.Action.IMPORT_FAILED,
                actor,
                null,
                i.getFileName() + ": " + i.getFailure(),
                now));
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Views.ImportView view(long importId) {
        StatementImport i = em.find(StatementImport.class, importId);
        if (i == null) {
            throw new NotFoundException("reconciliation.importNotFound", "import " + importId);
        }
        ReconciliationDay day = em.find(ReconciliationDay.class, i.getDayId());
        return view(i, day, processed(i));
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Views.ImportView> ofDay(ReconciliationDay day) {
        return em
                .createQuery("select i from StatementImport i where i.dayId = :d order by i.id", StatementImport.class)
                .setParameter("d", day.getId())
                .getResultList()
                .stream()
                .map(i -> view(i, day, processed(i)))
                .toList();
    }

    private int processed(StatementImport i) {
        if (StatementImport.DONE.equals(i.getStatus())) {
            return i.getLineCount();
        }
        List<?> r = em.createNativeQuery("select processed from statement_import_progress where import_id = ?1")
                .setParameter(1, i.getId())
                .getResultList();
        return r.isEmpty() ? 0 : ((Number) r.get(0)).intValue();
    }

    private OffsetDateTime lastMove(StatementImport i) {
        List<?> r = em.createNativeQuery("select updated_at from statement_import_progress where import_id = ?1")
                .setParameter(1, i.getId())
                .getResultList();
        return r.isEmpty() ? i.getStartedAt() : OffsetDateTimes.of(r.get(0));
    }

    private ReconciliationDay dayOf(VposDefinition definition, LocalDate date, OffsetDateTime now) {
        ReconciliationDay day = findDay(definition.getId(), date);
        if (day != null) {
            return day;
        }
        try {
            day = new ReconciliationDay(definition.getId(), definition.getCompanyId(), date, now);
            em.persist(day);
            em.flush();
            return day;
        } catch (PersistenceException e) {
            throw new RuleViolationException("reconciliation.dayBusy", date.toString());
        }
    }

    private ReconciliationDay findDay(long definitionId, LocalDate date) {
        return em.createQuery(
                        "select d from ReconciliationDay d where d.definitionId = :def and d.statementDate = :date",
                        ReconciliationDay.class)
                .setParameter("def", definitionId)
                .setParameter("date", date)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    static Views.ImportView view(StatementImport i, ReconciliationDay day, int processed) {
        return new Views.ImportView(
                i.getId(),
                i.getDayId(),
                day.getDefinitionId(),
                day.getStatementDate(),
                i.getMappingId(),
                i.getFileName(),
                i.getFileBytes(),
                i.getStatus(),
                i.getLineCount(),
                processed,
                i.getFailure(),
                i.getMatchedCount(),
                i.getDifferenceCount(),
                i.getMissingInErp(),
                i.getMissingAtBank(),
                i.getImportedBy(),
                i.getStartedAt(),
                i.getFinishedAt());
    }
}
