import dev.vpos.batches.application.BatchCursor;
import dev.vpos.batches.application.BatchFilter;
import dev.vpos.batches.application.BatchQuery;
import dev.vpos.batches.application.BatchRow;
import dev.vpos.batches.application.BatchTotals;
import dev.vpos.web.rest.batches.BatchCsv;
import dev.vpos.web.rest.batches.BatchXlsx;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit-card batch listing on a million rows, on this machine's PostgreSQL (127.0.0.1:5432, user postgres).
 * Runs the listing's own SQL ({@link BatchQuery}, the class BatchListing runs through JPA) over JDBC, and the CSV and
 * XLSX exports' own writers over the keyset walk the export endpoints use. Start it with scripts/bench/batch-listing,
 * which builds the modules and puts them, Flyway and the PostgreSQL driver on the class path.
 *
 * Usage: java ... BatchListingBenchmark.java [prepare|migrate|queries|export|all] [iterations]
 *   prepare: drops and creates database vpos_bench (or $BENCH_DATABASE), applies the project's migrations with Flyway (the sql module's
 *            jar, as the application does), seeds scripts/bench/seed-batches.sql (1,000,000 card_batch rows), ANALYZE
 *   migrate: applies migrations added since the database was prepared (then ANALYZE), keeping the rows
 *   queries: p50/p95 per typical filter (totals + page, as BatchListing.page runs them) and EXPLAIN ANALYZE of each
 *            (written to target/bench/explain.txt, index use summarised on stdout)
 *   export:  the whole million as CSV (counted, not kept) and as XLSX (target/bench/card-batches.xlsx): rows/s and heap
 */
public class BatchListingBenchmark {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** BENCH_DATABASE (default vpos_bench): each session benchmarks in its own database. */
    static final String DATABASE = databaseName(System.getenv("BENCH_DATABASE"));
    static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    static final int CHUNK = 1000; // BatchListing.EXPORT_CHUNK
    static final Path OUT = Path.of("target", "bench");

    record Scenario(String name, BatchFilter filter, int page, int size) {
    }

    /** A plain identifier only: the name goes into DROP/CREATE DATABASE. */
    static String databaseName(String configured) {
        String name = configured == null || configured.isBlank() ? "vpos_bench" : configured.trim();
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("BENCH_DATABASE must be a lower-case identifier: " + name);
        }
        return name;
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Files.createDirectories(OUT);
        if (mode.equals("prepare") || mode.equals("all")) {
            prepare();
        }
        if (mode.equals("migrate")) {
            migrate();
            try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "")) {
            if (mode.equals("queries") || mode.equals("all")) {
                queries(c, iterations);
            }
            if (mode.equals("export") || mode.equals("all")) {
                export(c);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- prepare

    static void prepare() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        migrate();
        String script = Files.readString(Path.of("scripts", "bench", "seed-batches.sql"));
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             Statement s = c.createStatement()) {
            long seed = System.nanoTime();
            for (String statement : script.split(";\\s*\\n")) {
                String sql = statement.lines().filter(l -> !l.startsWith("\\") && !l.startsWith("--"))
                        .reduce("", (a, b) -> a + b + "\n").trim();
                if (!sql.isEmpty()) {
                    long t = System.nanoTime();
                    s.execute(sql);
                    System.out.printf("  %-70s %6.1f s%n", sql.lines().findFirst().orElse(""), seconds(t));
                }
            }
            long t = System.nanoTime();
            s.execute("VACUUM ANALYZE");
            System.out.printf("seeded in %.1f s, VACUUM ANALYZE %.1f s%n", seconds(seed), seconds(t));
            try (ResultSet r = s.executeQuery("select count(*), pg_size_pretty(pg_total_relation_size('card_batch'))"
                    + " from card_batch")) {
                r.next();
                System.out.println("card_batch: " + r.getLong(1) + " rows, " + r.getString(2) + " with its indexes");
            }
        }
    }

    /** The project's migrations, from the sql module's jar on the class path, as the application applies them. */
    static void migrate() {
        long t0 = System.nanoTime();
        var result = org.flywaydb.core.Flyway.configure().dataSource(SERVER + DATABASE, "postgres", "")
                .locations("classpath:db/migration").load().migrate();
        System.out.printf("migrated to V%s (%d migrations) in %.1f s%n", result.targetSchemaVersion,
                result.migrationsExecuted, seconds(t0));
    }

    // ---------------------------------------------------------------------------------------------- queries

    static void queries(Connection c, int iterations) throws Exception {
        String orderId = single(c, "select bank_order_id from card_batch where id = 500000");
        String authCode = single(c, "select auth_code from card_batch where id = 700001");
        long company = 2;
        long definition = Long.parseLong(single(c, "select id from vpos_definition where company_id = 2 and family = 'GARANTI'"));
        long total = Long.parseLong(single(c, "select count(*) from card_batch"));
        int lastPage = (int) ((total + 49) / 50 - 1);
        List<Scenario> scenarios = List.of(
                new Scenario("default first page (newest 50)", filter(null, null, null, null, null, null, null, null, null, null), 0, 50),
                new Scenario("one day (2026-06-15)", filter(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-15"), null, null, null, null, null, null, null, null), 0, 50),
                new Scenario("one month (2026-03)", filter(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), null, null, null, null, null, null, null, null), 0, 50),
                new Scenario("company + definition", filter(null, null, company, definition, null, null, null, null, null, null), 0, 50),
                new Scenario("company + definition + one month", filter(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), company, definition, null, null, null, null, null, null), 0, 50),
                new Scenario("family + channel", filter(null, null, null, null, "GARANTI", null, "PORTAL_ORDER", null, null, null), 0, 50),
                new Scenario("state = VOIDED", filter(null, null, null, null, null, "VOIDED", null, null, null, null), 0, 50),
                new Scenario("state = REFUNDED, one month", filter(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), null, null, null, "REFUNDED", null, null, null, null), 0, 50),
                new Scenario("reconciliation = OPEN", filter(null, null, null, null, null, null, null, "OPEN", null, null), 0, 50),
                new Scenario("q = bank order id", filter(null, null, null, null, null, null, null, null, orderId, null), 0, 50),
                new Scenario("q = auth code", filter(null, null, null, null, null, null, null, null, authCode, null), 0, 50),
                new Scenario("q = part of customer code (C00123)", filter(null, null, null, null, null, null, null, null, "C00123", null), 0, 50),
                new Scenario("sort by amount, first page", filter(null, null, null, null, null, null, null, null, null, "amount"), 0, 50),
                new Scenario("sort by value date, first page", filter(null, null, null, null, null, null, null, null, null, "valueDate"), 0, 50),
                new Scenario("sort by order id, first page", filter(null, null, null, null, null, null, null, null, null, "bankOrderId"), 0, 50),
                new Scenario("sort by customer, first page", filter(null, null, null, null, null, null, null, null, null, "customer"), 0, 50),
                new Scenario("sort by state, first page", filter(null, null, null, null, null, null, null, null, null, "state"), 0, 50),
                new Scenario("sort by customer, one month", filter(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), null, null, null, null, null, null, null, "customer"), 0, 50),
                new Scenario("sort by state, one month", filter(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), null, null, null, null, null, null, null, "state"), 0, 50),
                new Scenario("page 100 (offset 5,000)", filter(null, null, null, null, null, null, null, null, null, null), 100, 50),
                new Scenario("middle page (offset 500,000)", filter(null, null, null, null, null, null, null, null, null, null), lastPage / 2, 50),
                new Scenario("last page", filter(null, null, null, null, null, null, null, null, null, null), lastPage, 50),
                new Scenario("q = Kaya (one customer in ten)", filter(null, null, null, null, null, null, null, null, "Kaya", null), 0, 50),
                new Scenario("family, one quarter", filter(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), null, null, "GARANTI", null, null, null, null, null), 0, 50),
                new Scenario("company + definition, middle page", filter(null, null, company, definition, null, null, null, null, null, null), 164, 50),
                new Scenario("sort by amount, middle page", filter(null, null, null, null, null, null, null, null, null, "amount"), lastPage / 2, 50),
                // added with the customer totals (V230) and the free-text walk; checked against the plain statements
                new Scenario("q = Kaya, company 1", filter(null, null, 1L, null, null, null, null, null, "Kaya", null), 0, 50),
                new Scenario("q = Kaya, sort by amount", filter(null, null, null, null, null, null, null, null, "Kaya", "amount"), 0, 50),
                new Scenario("q = Kaya, page 5", filter(null, null, null, null, null, null, null, null, "Kaya", null), 4, 50),
                new Scenario("q = Kaya, EST", filter(null, null, null, null, "EST", null, null, null, "Kaya", null), 0, 50));

        System.out.printf("%nquery timings, %d runs each after 3 warm-ups (ms; 'page' = totals + rows, as one GET /batches);"
                + " load average before: %s%n", iterations, loadAverage());
        System.out.printf("| %-36s | %9s | %11s | %11s | %11s |%n", "filter", "matches", "totals p50/p95", "rows p50/p95",
                "page p50/p95");
        System.out.println("|---|---:|---:|---:|---:|");
        List<String> results = new ArrayList<>();
        try (PrintWriter explain = new PrintWriter(Files.newBufferedWriter(OUT.resolve("explain.txt")))) {
            for (Scenario s : scenarios) {
                List<String> lastResult = new ArrayList<>();
                List<Double> totalsMs = new ArrayList<>();
                List<Double> rowsMs = new ArrayList<>();
                List<Double> pageMs = new ArrayList<>();
                long matches = 0;
                checkShortcuts(c, s);
                for (int i = 0; i < iterations + 3; i++) {
                    long t0 = System.nanoTime();
                    List<BatchTotals> totals = new ArrayList<>();
                    run(c, totalsSql(c, s.filter()), r -> totals.add(BatchQuery.totalsRow(r)));
                    long t1 = System.nanoTime();
                    matches = totals.stream().mapToLong(BatchTotals::count).sum();
                    List<BatchRow> rows = offsetPage(c, s.filter(), s.page(), s.size(), matches);
                    long t2 = System.nanoTime();
                    lastResult.clear();
                    lastResult.add(s.name() + " totals " + totals);
                    lastResult.add(s.name() + " rows " + rows.stream().map(r -> r.id() + "/" + r.amount() + "/"
                            + r.reconciliationStatus()).toList());
                    if (i >= 3) {
                        totalsMs.add((t1 - t0) / 1e6);
                        rowsMs.add((t2 - t1) / 1e6);
                        pageMs.add((t2 - t0) / 1e6);
                    }
                }
                System.out.printf("| %-36s | %,9d | %5.1f / %5.1f | %5.1f / %5.1f | %5.1f / %5.1f |%n", s.name(), matches,
                        pct(totalsMs, 50), pct(totalsMs, 95), pct(rowsMs, 50), pct(rowsMs, 95), pct(pageMs, 50),
                        pct(pageMs, 95));
                results.addAll(lastResult);
                explain.println("=== " + s.name());
                explain.println("--- totals");
                explain.println(explain(c, totalsSql(c, s.filter())));
                if ((long) s.page() * s.size() < matches) {
                    explain.println("--- rows");
                    long offset = (long) s.page() * s.size();
                    if (BatchQuery.walks(s.filter(), matches, offset, s.size())) {
                        explain.println(explain(c, BatchQuery.walk(s.filter(), ZONE, offset, s.size(), null)));
                    }
                    explain.println(explain(c, BatchQuery.page(s.filter(), ZONE, s.page(), s.size(), matches)));
                }
            }
        }
        System.out.println("load average after: " + loadAverage());
        System.out.println("customer totals (V230) equal to the plain totals in every scenario; free-text walks:");
        WALKS.forEach(w -> System.out.println("  " + w));
        checkResults(results);
        keysetPages(c, scenarios, iterations);
        System.out.println();
        System.out.println("index use per filter (EXPLAIN ANALYZE; full plans in " + OUT.resolve("explain.txt") + "):");
        String scenario = null;
        String part = null;
        for (String line : Files.readAllLines(OUT.resolve("explain.txt"))) {
            if (line.startsWith("=== ")) {
                scenario = line.substring(4);
                System.out.println("  " + scenario);
            } else if (line.startsWith("--- ")) {
                part = line.substring(4);
            } else {
                Matcher m = Pattern.compile("(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan|Parallel Seq Scan)"
                        + "(?: Backward)? (?:using (\\S+) )?on (\\S+)").matcher(line);
                if (m.find() && (m.group(3).equals("card_batch") || m.group(3).equals("collection")
                        || line.contains("ix_card_batch") || line.contains("ix_collection"))) {
                    System.out.println("    " + part + ": " + m.group(0).trim());
                }
            }
        }
    }

    /**
     * The totals statement BatchListing.totals runs: from the customer totals for free text (V230), from the day totals
     * where the filter allows (V65).
     */
    static BatchQuery.Sql totalsSql(Connection c, BatchFilter f) throws SQLException {
        if (BatchQuery.byCustomer(f)) {
            return BatchQuery.totalsByCustomer(f, ZONE);
        }
        if (!BatchQuery.byDay(f)) {
            return BatchQuery.totals(f, ZONE);
        }
        List<LocalDate> dirty = new ArrayList<>();
        run(c, BatchQuery.dirtyDays(), r -> dirty.add(BatchQuery.localDate(r[0])));
        return BatchQuery.totals(f, ZONE, dirty);
    }

    /**
     * Keyset pages (GET /batches?after=cursor): for each scenario past the first page whose sort has cursors, the same
     * page read after the cursor of the previous page's last row (found once, untimed). Its rows must be those of the
     * offset page, and the totals come as for the offset page.
     */
    static void keysetPages(Connection c, List<Scenario> scenarios, int iterations) throws Exception {
        System.out.printf("%nkeyset pages (after=cursor), %d runs each after 3 warm-ups (ms); load average before: %s%n",
                iterations, loadAverage());
        System.out.printf("| %-36s | %9s | %11s | %11s | %11s |%n", "page by cursor", "matches", "totals p50/p95",
                "rows p50/p95", "page p50/p95");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Scenario s : scenarios) {
            if (!BatchCursor.supports(s.filter())) {
                continue;
            }
            List<BatchTotals> totals = new ArrayList<>();
            run(c, totalsSql(c, s.filter()), r -> totals.add(BatchQuery.totalsRow(r)));
            long matches = totals.stream().mapToLong(BatchTotals::count).sum();
            int page = s.page() > 0 ? s.page() : 1;
            if ((long) page * s.size() >= matches) {
                continue;
            }
            List<BatchRow> previous = offsetPage(c, s.filter(), page - 1, s.size(), matches);
            List<BatchRow> expected = offsetPage(c, s.filter(), page, s.size(), matches);
            BatchCursor cursor = BatchCursor.after(previous.get(previous.size() - 1), s.filter());
            List<Double> totalsMs = new ArrayList<>();
            List<Double> rowsMs = new ArrayList<>();
            List<Double> pageMs = new ArrayList<>();
            for (int i = 0; i < iterations + 3; i++) {
                long t0 = System.nanoTime();
                List<BatchTotals> t = new ArrayList<>();
                run(c, totalsSql(c, s.filter()), r -> t.add(BatchQuery.totalsRow(r)));
                long t1 = System.nanoTime();
                List<BatchRow> rows = afterPage(c, s.filter(), BatchCursor.decode(cursor.encode(), s.filter()), s.size(),
                        t.stream().mapToLong(BatchTotals::count).sum());
                long t2 = System.nanoTime();
                if (!rows.stream().map(BatchRow::id).toList().equals(expected.stream().map(BatchRow::id).toList())) {
                    throw new IllegalStateException(s.name() + ": the page after the cursor is not the offset page");
                }
                if (i >= 3) {
                    totalsMs.add((t1 - t0) / 1e6);
                    rowsMs.add((t2 - t1) / 1e6);
                    pageMs.add((t2 - t0) / 1e6);
                }
            }
            System.out.printf("| %-36s | %,9d | %5.1f / %5.1f | %5.1f / %5.1f | %5.1f / %5.1f |%n",
                    s.name() + (s.page() > 0 ? "" : " → page 2"), matches, pct(totalsMs, 50), pct(totalsMs, 95),
                    pct(rowsMs, 50), pct(rowsMs, 95), pct(pageMs, 50), pct(pageMs, 95));
        }
        System.out.println("every keyset page identical to its offset page; load average after: " + loadAverage());
    }

    /**
     * The shortcuts must give the plain statements' answers: the customer totals (V230) the totals summed from
     * card_batch, and a free text's walk the offset page. Untimed, once per scenario; the run fails otherwise.
     */
    static final List<String> WALKS = new ArrayList<>();

    static void checkShortcuts(Connection c, Scenario s) throws SQLException {
        BatchFilter f = s.filter();
        List<BatchTotals> plain = new ArrayList<>();
        run(c, BatchQuery.totals(f, ZONE), r -> plain.add(BatchQuery.totalsRow(r)));
        List<BatchTotals> fast = new ArrayList<>();
        run(c, totalsSql(c, f), r -> fast.add(BatchQuery.totalsRow(r)));
        if (!plain.equals(fast)) {
            throw new IllegalStateException(s.name() + ": totals " + fast + " are not the plain statement's " + plain);
        }
        long matches = plain.stream().mapToLong(BatchTotals::count).sum();
        long offset = (long) s.page() * s.size();
        if (offset < matches && BatchQuery.walks(f, matches, offset, s.size())) {
            List<Long> walked = new ArrayList<>();
            run(c, BatchQuery.walk(f, ZONE, offset, s.size(), null), r -> walked.add(BatchQuery.row(r).id()));
            List<BatchRow> rows = new ArrayList<>();
            BatchQuery.Sql sql = BatchQuery.page(f, ZONE, s.page(), s.size(), matches);
            run(c, sql, r -> rows.add(BatchQuery.row(r)));
            if (sql.reversed()) {
                Collections.reverse(rows);
            }
            List<Long> ids = rows.stream().map(BatchRow::id).toList();
            if (walked.size() == s.size() && !walked.equals(ids)) {
                throw new IllegalStateException(s.name() + ": the walk's page " + walked + " is not the offset page " + ids);
            }
            WALKS.add(s.name() + ": the walk " + (walked.size() == s.size() ? "found the page" : "fell short ("
                    + walked.size() + " rows): the offset page is read"));
        }
    }

    /** The page BatchListing.after reads: a free text's walk first (when it finds the whole page), else by the cursor. */
    static List<BatchRow> afterPage(Connection c, BatchFilter f, BatchCursor after, int size, long matches)
            throws SQLException {
        if (BatchQuery.walks(f, matches, 0, size + 1)) {
            List<BatchRow> walked = new ArrayList<>();
            run(c, BatchQuery.walk(f, ZONE, 0, size + 1, after), r -> walked.add(BatchQuery.row(r)));
            if (walked.size() == size + 1) {
                return walked.subList(0, size);
            }
        }
        List<BatchRow> rows = new ArrayList<>();
        run(c, BatchQuery.after(f, ZONE, after, size), r -> rows.add(BatchQuery.row(r)));
        return rows;
    }

    /** The page BatchListing.page reads: a free text's walk first (when it finds the whole page), else by offset. */
    static List<BatchRow> offsetPage(Connection c, BatchFilter f, int page, int size, long total) throws SQLException {
        long offset = (long) page * size;
        if (offset >= total) {
            return new ArrayList<>();
        }
        if (BatchQuery.walks(f, total, offset, size) && offset + size <= total) {
            List<BatchRow> walked = new ArrayList<>();
            run(c, BatchQuery.walk(f, ZONE, offset, size, null), r -> walked.add(BatchQuery.row(r)));
            if (walked.size() == size) {
                return walked;
            }
        }
        List<BatchRow> rows = new ArrayList<>();
        BatchQuery.Sql sql = BatchQuery.page(f, ZONE, page, size, total);
        run(c, sql, r -> rows.add(BatchQuery.row(r)));
        if (sql.reversed()) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * Each scenario's totals and page (ids, amounts, statuses) go to target/bench/results-$BENCH_LABEL.txt; with
     * BENCH_EXPECT=file (an earlier run's, e.g. the code before a change) they must be identical, or the run fails.
     */
    static void checkResults(List<String> results) throws IOException {
        String label = System.getenv().getOrDefault("BENCH_LABEL", "last");
        Path file = OUT.resolve("results-" + label + ".txt");
        Files.write(file, results);
        String expect = System.getenv("BENCH_EXPECT");
        if (expect == null || expect.isBlank()) {
            System.out.println("results written to " + file + " (BENCH_EXPECT=<file> compares them with another run's)");
            return;
        }
        List<String> expected = Files.readAllLines(Path.of(expect));
        List<String> differing = new ArrayList<>();
        // BENCH_EXPECT_SKIP: scenarios (name prefixes, separated by ';') whose answer changed on purpose, e.g. the state
        // sort once records without a collection sort as '' instead of NULL (V74) — listed, not compared
        List<String> skip = new ArrayList<>();
        for (String prefix : System.getenv().getOrDefault("BENCH_EXPECT_SKIP", "").split(";")) {
            if (!prefix.isBlank()) {
                skip.add(prefix.trim());
            }
        }
        int skipped = 0;
        // scenarios added since the expected run are not compared
        for (int i = 0; i < expected.size(); i++) {
            String e = i < expected.size() ? expected.get(i) : "(none)";
            String a = i < results.size() ? results.get(i) : "(none)";
            if (skip.stream().anyMatch(e::startsWith)) {
                skipped++;
                continue;
            }
            if (!e.equals(a)) {
                differing.add("expected " + e.substring(0, Math.min(300, e.length())) + "\n     got " + a.substring(0, Math.min(300, a.length())));
            }
        }
        if (!differing.isEmpty()) {
            differing.forEach(System.out::println);
            throw new IllegalStateException(differing.size() + " results differ from " + expect);
        }
        System.out.println("results identical to " + expect + " (" + expected.size() / 2 + " scenarios: totals and rows"
                + (skipped > 0 ? "; " + skipped + " lines not compared: BENCH_EXPECT_SKIP=" + skip : "") + ")");
    }

    static BatchFilter filter(LocalDate from, LocalDate to, Long company, Long definition, String family, String state,
                              String channel, String reconciliation, String q, String sort) {
        return new BatchFilter(from, to, company, definition, family, state, channel, reconciliation, q, sort, false, null);
    }

    // ---------------------------------------------------------------------------------------------- export

    static void export(Connection c) throws Exception {
        BatchFilter all = filter(null, null, null, null, null, null, null, null, null, null);
        System.out.printf("%nexport of the whole list (-Xmx%d MB), keyset chunks of %d as BatchListing.each reads them;"
                + " load average before: %s%n", Runtime.getRuntime().maxMemory() >> 20, CHUNK, loadAverage());
        System.out.println("| format | rows | bytes | seconds | rows/s | peak heap used | GC count / time |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String format : List.of("CSV", "XLSX")) {
            System.gc();
            long gcCount0 = gcCount();
            long gcTime0 = gcTime();
            long[] peak = {0};
            CountingStream counted;
            long t0 = System.nanoTime();
            long rows;
            if (format.equals("CSV")) {
                counted = new CountingStream(OutputStream.nullOutputStream());
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8));
                w.write(BatchCsv.HEADER);
                rows = walk(c, all, row -> write(w, BatchCsv.line(row)), peak);
                w.flush();
            } else {
                counted = new CountingStream(Files.newOutputStream(OUT.resolve("card-batches.xlsx")));
                BatchXlsx xlsx = new BatchXlsx(counted, ZONE);
                rows = walk(c, all, row -> {
                    try {
                        xlsx.add(row);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, peak);
                xlsx.finish();
                counted.close();
            }
            double s = seconds(t0);
            System.out.printf("| %s | %,d | %,d | %.1f | %,.0f | %d MB | %d / %d ms |%n", format, rows, counted.count, s,
                    rows / s, peak[0] >> 20, gcCount() - gcCount0, gcTime() - gcTime0);
        }
        System.out.println("load average after: " + loadAverage());
        System.out.println("XLSX written to " + OUT.resolve("card-batches.xlsx"));
    }

    /** BatchListing.each over JDBC: newest first, keyset chunks; samples the heap after each chunk. */
    static long walk(Connection c, BatchFilter f, Consumer<BatchRow> sink, long[] peak) throws SQLException {
        OffsetDateTime lastTime = null;
        long lastId = 0;
        long count = 0;
        while (true) {
            List<BatchRow> rows = new ArrayList<>(CHUNK);
            run(c, BatchQuery.chunk(f, ZONE, lastTime, lastId, CHUNK), r -> rows.add(BatchQuery.row(r)));
            rows.forEach(sink);
            count += rows.size();
            Runtime rt = Runtime.getRuntime();
            peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            if (rows.size() < CHUNK) {
                return count;
            }
            lastTime = rows.get(rows.size() - 1).transactionTime();
            lastId = rows.get(rows.size() - 1).id();
        }
    }

    static void write(java.io.Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- JDBC

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    /** Runs a BatchQuery statement: its numbered parameters (?1, ?2, reused) become JDBC's positional ones. */
    static void run(Connection c, BatchQuery.Sql sql, Consumer<Object[]> sink) throws SQLException {
        List<Object> bound = new ArrayList<>();
        Matcher m = NUMBERED.matcher(sql.text());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            bound.add(sql.params().get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        try (PreparedStatement ps = c.prepareStatement(text.toString())) {
            for (int i = 0; i < bound.size(); i++) {
                ps.setObject(i + 1, bound.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    sink.accept(row);
                }
            }
        }
    }

    static String explain(Connection c, BatchQuery.Sql sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        run(c, new BatchQuery.Sql("explain (analyze, buffers) " + sql.text(), sql.params(), false),
                r -> plan.append(r[0]).append('\n'));
        return plan.toString();
    }

    static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
