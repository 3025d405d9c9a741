package dev.vpos.reconciliation.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.reconciliation.domain.ReconciliationAudit;
import dev.vpos.reconciliation.domain.ReconciliationDay;
import dev.vpos.reconciliation.domain.StatementImport;
import dev.vpos.reconciliation.infrastructure.ReconciliationDayRepository;
import dev.vpos.reconciliation.infrastructure.StatementImportRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    StatementImportRepository statementImports;

    @Inject
    ReconciliationDayRepository days;

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
            List<StatementImport> same = statementImports.withContent(sha256);
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
        statementImports.addWithProgress(i, now);
        return new Registered(i.getId(), day.getId());
    }

    /** Refuses a change while an import of the day stores its lines (a stale one is marked failed instead). */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public void requireNoRunningImport(long dayId, OffsetDateTime now) {
        List<StatementImport> running = statementImports.runningOfDay(dayId);
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
        List<StatementImport> running = statementImports.running();
        int failed = 0;
        for (StatementImport i : running) {
            OffsetDateTime moved = lastMove(i);
            if (moved.plus(STALE).isBefore(now)) {
                statementImports.lockAndRefresh(i);
                if (StatementImport.IMPORTING.equals(i.getStatus())) {
                    i.fail("no progress since " + moved + ": the server stopped during the import", now);
                    days.addAudit(new ReconciliationAudit(
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
        statementImports.setProgress(importId, processed, OffsetDateTimes.now(clock));
    }

    /** The import failed: nothing of it was kept (its transaction rolled back); the same file may be tried again. */
    public void fail(long importId, String reason, String actor) {
        StatementImport i = statementImports.find(importId);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        i.fail(reason, now);
        days.addAudit(new ReconciliationAudit(
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
        StatementImport i = statementImports.find(importId);
        if (i == null) {
            throw new NotFoundException("reconciliation.importNotFound", "import " + importId);
        }
        ReconciliationDay day = days.find(i.getDayId());
        return view(i, day, processed(i));
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Views.ImportView> ofDay(ReconciliationDay day) {
        return statementImports.ofDay(day.getId()).stream()
                .map(i -> view(i, day, processed(i)))
                .toList();
    }

    private int processed(StatementImport i) {
        if (StatementImport.DONE.equals(i.getStatus())) {
            return i.getLineCount();
        }
        return statementImports.processed(i.getId()).orElse(0);
    }

    private OffsetDateTime lastMove(StatementImport i) {
        return statementImports.lastMove(i.getId()).orElse(i.getStartedAt());
    }

    private ReconciliationDay dayOf(VposDefinition definition, LocalDate date, OffsetDateTime now) {
        ReconciliationDay day = findDay(definition.getId(), date);
        if (day != null) {
            return day;
        }
        try {
            day = new ReconciliationDay(definition.getId(), definition.getCompanyId(), date, now);
            days.addNow(day);
            return day;
        } catch (PersistenceException e) {
            throw new RuleViolationException("reconciliation.dayBusy", date.toString());
        }
    }

    private ReconciliationDay findDay(long definitionId, LocalDate date) {
        return days.byDefinitionAndDate(definitionId, date);
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
