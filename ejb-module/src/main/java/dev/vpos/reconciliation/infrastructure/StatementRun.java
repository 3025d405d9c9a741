package dev.vpos.reconciliation.infrastructure;

import dev.vpos.batches.application.ReconciliationStatuses;
import dev.vpos.reconciliation.domain.Candidate;
import dev.vpos.reconciliation.domain.DifferenceKind;
import dev.vpos.reconciliation.domain.LineMatch;
import dev.vpos.reconciliation.domain.MappingSpec;
import dev.vpos.reconciliation.domain.MatchStatus;
import dev.vpos.reconciliation.domain.ParsedLine;
import dev.vpos.reconciliation.domain.StatementMatcher;
import dev.vpos.reconciliation.domain.StatementParser;
import dev.vpos.shared.infrastructure.persistence.PostgresCopy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One import's reconciliation on one JDBC connection, inside the caller's transaction (all or nothing): locks the
 * day, loads the candidates of the date window in one query, reads the file once (pass 1 per line as it is read, the
 * line written at once when a code pairs it), runs pass 2 over the lines left, writes them, then lists the day's
 * records the bank does not have and brings every touched record's reconciliation status up to date — all in JDBC
 * batches. Plain JDBC so that the server and the benchmark run the same code.
 */
public final class StatementRun {

    /** Where the lines go: the import and day rows exist; days are taken in the business zone. */
    public record Scope(long importId, long dayId, long definitionId, LocalDate statementDate, ZoneId zone) {}

    /** What the run found, and how long each step took (milliseconds, in order; "… CPU": this thread's CPU time). */
    public record Outcome(
            int lines, int matched, int differences, int missingInErp, int missingAtBank, Map<String, Long> millis) {}

    /** The day was closed meanwhile: nothing was written. */
    public static final class DayClosedException extends RuntimeException {
        public DayClosedException(long dayId) {
            super("reconciliation day " + dayId + " is closed");
        }
    }

    private StatementRun() {}

    public static Outcome run(
            Connection c, MappingSpec spec, byte[] content, Scope scope, IntConsumer progress, OffsetDateTime now)
            throws SQLException {
        Map<String, Long> millis = new LinkedHashMap<>();
        CPU_AT.set(CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : 0);
        long t = System.nanoTime();
        lockOpenDay(c, scope.dayId());
        noJit(c);
        LocalDate from = scope.statementDate().minusDays(spec.dateToleranceDays());
        LocalDate to = scope.statementDate().plusDays(spec.dateToleranceDays() + 1L);
        List<Candidate> candidates = CandidateLoader.load(
                c,
                scope.definitionId(),
                from.atStartOfDay(scope.zone()).toOffsetDateTime(),
                to.atStartOfDay(scope.zone()).toOffsetDateTime(),
                scope.zone());
        StatementMatcher matcher = new StatementMatcher(candidates, spec.dateToleranceDays(), spec.amountTolerance());
        t = lap(millis, "candidates (" + candidates.size() + ")", t);

        Counts counts = new Counts();
        List<ParsedLine> pending = new ArrayList<>();
        Map<Long, String> statuses = new LinkedHashMap<>();
        try (StatementLineWriter writer = new StatementLineWriter(c, scope.importId(), scope.dayId(), progress)) {
            StatementParser.Result read = new StatementParser(spec).parse(content, line -> {
                LineMatch m = matcher.byCode(line);
                if (m == null) {
                    pending.add(line);
                } else {
                    write(writer, line, m, counts, statuses);
                }
            });
            if (!read.ok()) {
                throw new IllegalStateException(
                        "the file no longer reads as it did when it was checked: " + read.problems());
            }
            t = lap(millis, "read + pass 1 (" + read.lines() + " lines)", t);
            for (ParsedLine line : pending) {
                write(writer, line, matcher.byAmountDateCard(line), counts, statuses);
            }
            writer.finish();
            t = lap(
                    millis,
                    "pass 2 (" + pending.size() + " lines) + lines " + (writer.copied() ? "copied" : "inserted"),
                    t);
        } catch (UncheckedSql e) {
            throw e.getCause();
        }

        List<Candidate> missing = matcher.unmatchedOn(scope.statementDate());
        try (PreparedStatement insert = c.prepareStatement(
                        "insert into missing_at_bank (batch_id, day_id, found_at) values (?, ?, ?)");
                PreparedStatement delete = c.prepareStatement("delete from missing_at_bank where batch_id = ?")) {
            int inserts = 0;
            for (Candidate m : missing) {
                if (!m.missingRow()) {
                    insert.setLong(1, m.id());
                    insert.setLong(2, scope.dayId());
                    insert.setObject(3, now);
                    insert.addBatch();
                    statuses.put(m.id(), "DIFFERENCE");
                    if (++inserts % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
            List<Long> found = new ArrayList<>();
            for (Candidate m : candidates) {
                if (m.taken() && m.missingRow()) {
                    found.add(m.id());
                }
            }
            for (Long id : found) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        int updated = updateStatuses(c, candidates, statuses);
        t = lap(millis, "missing at bank (" + missing.size() + ") + statuses (" + updated + ")", t);

        try (PreparedStatement done = c.prepareStatement("update statement_import set status = 'DONE', line_count = ?,"
                + " matched_count = ?, difference_count = ?, missing_in_erp = ?, missing_at_bank = ?, finished_at = ?"
                + " where id = ?")) {
            done.setInt(1, counts.lines);
            done.setInt(2, counts.matched);
            done.setInt(3, counts.differences);
            done.setInt(4, counts.missingInErp);
            done.setInt(5, missing.size());
            done.setObject(6, now);
            done.setLong(7, scope.importId());
            done.executeUpdate();
        }
        lap(millis, "import row", t);
        return new Outcome(
                counts.lines, counts.matched, counts.differences, counts.missingInErp, missing.size(), millis);
    }

    /**
     * PostgreSQL only, for this transaction ({@code SET LOCAL}): no JIT compilation. The candidate query's estimated
     * cost (its two hashed sub-plans priced as if run per record, ~8.5 M) is above {@code jit_optimize_above_cost}
     * and {@code jit_inline_above_cost}, so the server compiled it with LLVM every run: 0.5–2 s of JIT for a query that
     * runs in about as long ({@code EXPLAIN ANALYZE}, docs/benchmarks.md, target 5). Nothing in a run is a long
     * CPU-bound scan that JIT would repay.
     */
    private static void noJit(Connection c) throws SQLException {
        if (PostgresCopy.isPostgres(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("set local jit = off");
            }
        }
    }

    private static void lockOpenDay(Connection c, long dayId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select status from reconciliation_day where id = ? for update")) {
            s.setLong(1, dayId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !"OPEN".equals(r.getString(1).trim())) {
                    throw new DayClosedException(dayId);
                }
            }
        }
    }

    private static void write(
            StatementLineWriter writer, ParsedLine line, LineMatch m, Counts counts, Map<Long, String> statuses) {
        try {
            writer.add(line, m);
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
        counts.lines++;
        switch (m.status()) {
            case MATCHED -> counts.matched++;
            case DIFFERENCE -> counts.differences++;
            case MISSING_IN_ERP -> counts.missingInErp++;
        }
        if (m.batch() != null && m.batch().taken() && m.difference() != DifferenceKind.DUPLICATE) {
            statuses.put(m.batch().id(), m.status() == MatchStatus.MATCHED ? "MATCHED" : "DIFFERENCE");
        }
    }

    /**
     * Only the records whose status changes, through the batches context (which owns card_batch): one set-based
     * update on PostgreSQL, a JDBC batch by primary key on H2.
     */
    private static int updateStatuses(Connection c, List<Candidate> candidates, Map<Long, String> statuses)
            throws SQLException {
        Map<String, List<Long>> byStatus = new LinkedHashMap<>();
        for (Candidate m : candidates) {
            String status = statuses.get(m.id());
            if (status != null && !status.equals(m.reconciliationStatus())) {
                byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(m.id());
            }
        }
        return ReconciliationStatuses.apply(c, byStatus);
    }

    private static long lap(Map<String, Long> millis, String step, long since) {
        long now = System.nanoTime();
        millis.put(step, (now - since) / 1_000_000);
        long cpuNow = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : 0;
        millis.put(step + " CPU", (cpuNow - CPU_AT.get()) / 1_000_000);
        CPU_AT.set(cpuNow);
        return now;
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<Long> CPU_AT = ThreadLocal.withInitial(() -> 0L);

    private static final class Counts {
        int lines;
        int matched;
        int differences;
        int missingInErp;
    }

    /** Carries a JDBC failure out of the parser's line callback. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
