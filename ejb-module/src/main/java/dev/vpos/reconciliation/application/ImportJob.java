package dev.vpos.reconciliation.application;

import dev.vpos.reconciliation.domain.MappingSpec;
import dev.vpos.reconciliation.infrastructure.StatementRun;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Stores and matches one registered import in a single transaction ({@link StatementRun} and the trail's entry on
 * the transaction's one JDBC connection, nothing else in it), so that a failure leaves nothing of it. (A JDBC
 * {@code nextval} is safe beside JPA's blocks of 50: JPA reads a value as the last id of its block.) Progress goes to its own row in short
 * transactions of their own.
 */
@ApplicationScoped
public class ImportJob {

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Inject
    ImportRegistry registry;

    @Resource
    UserTransaction transaction;

    static final int TIMEOUT_SECONDS = 900;

    @Inject
    Clock clock;

    /** What one run needs; the file's bytes were checked when it was uploaded. */
    public record Work(
            long importId,
            long dayId,
            long definitionId,
            LocalDate statementDate,
            MappingSpec spec,
            byte[] content,
            String fileName,
            String actor) {}

    /**
     * Runs in a transaction of its own with a deadline long enough for a large file (the server's default of two
     * minutes is for requests).
     */
    public StatementRun.Outcome run(Work w) throws Exception {
        transaction.setTransactionTimeout(TIMEOUT_SECONDS);
        transaction.begin();
        try {
            StatementRun.Outcome o = runInTransaction(w);
            transaction.commit();
            return o;
        } catch (Exception | Error e) {
            try {
                transaction.rollback();
            } catch (IllegalStateException | SystemException | SecurityException alreadyEnded) {
                e.addSuppressed(alreadyEnded);
            }
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }

    private StatementRun.Outcome runInTransaction(Work w) throws SQLException {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        Progress progress = new Progress(w.importId());
        StatementRun.Outcome o;
        try (Connection c = dataSource.getConnection()) {
            o = StatementRun.run(
                    c,
                    w.spec(),
                    w.content(),
                    new StatementRun.Scope(
                            w.importId(), w.dayId(), w.definitionId(), w.statementDate(), clock.getZone()),
                    progress::report,
                    now);
            try (PreparedStatement audit = c.prepareStatement(
                    "insert into reconciliation_audit (id, day_id, action,"
                            + " actor, details, occurred_at) values (nextval('reconciliation_audit_seq'), ?, 'IMPORTED', ?, ?, ?)")) {
                audit.setLong(1, w.dayId());
                audit.setString(2, w.actor());
                audit.setString(
                        3,
                        w.fileName() + ": " + o.lines() + " lines, " + o.matched() + " matched, "
                                + o.differences() + " differences, " + o.missingInErp() + " missing in the ERP, "
                                + o.missingAtBank() + " missing at the bank");
                audit.setObject(4, now);
                audit.executeUpdate();
            }
        }
        return o;
    }

    /** Writes the count at most every 200 ms (each write is a transaction of its own). */
    private final class Progress {
        private final long importId;
        private long last;

        Progress(long importId) {
            this.importId = importId;
        }

        void report(int processed) {
            long now = System.nanoTime();
            if (now - last > 200_000_000L) {
                last = now;
                registry.progress(importId, processed);
            }
        }
    }
}
