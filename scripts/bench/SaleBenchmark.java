import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sale latency and throughput against a running server, on this machine only, and its comparison with pgbench
 * running the same writes (scripts/bench/sale starts the servers and runs it; docs/benchmarks.md).
 *
 * <pre>
 *   java SaleBenchmark.java [baseUrl] [sales] [concurrency]            closed loop, as before (no checks)
 *   java -cp postgresql.jar SaleBenchmark.java closed  base sales concurrency
 *   java -cp postgresql.jar SaleBenchmark.java compare base sales concurrency pgbench-script
 *   java -cp postgresql.jar SaleBenchmark.java open    base rate seconds
 *   java -cp postgresql.jar SaleBenchmark.java slowbank base in-flight seconds
 * </pre>
 *
 * The checked modes need -Dbench.jdbc (the node's database) and -Dbench.bank (the simulator's base URL): every sale
 * must be answered 201, be APPROVED with exactly one batch record, and the bank's ledger must hold exactly one
 * approved sale for each of our orders. The module's overhead of a sale is its latency at the client minus the bank
 * call's own latency recorded in bank_interaction.
 */
public class SaleBenchmark {

    static final String API = "/vpos/api/v1";
    static String base;
    static HttpClient http;
    static final String COLLECTOR = basic("collector:collector-demo");
    static final String FINANCE = basic("finance:finance-demo");

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("http")) {
            base = args.length > 0 ? args[0] : "http://localhost:9080";
            init();
            Run r = closed(args.length > 1 ? Integer.parseInt(args[1]) : 200,
                    args.length > 2 ? Integer.parseInt(args[2]) : 4, "100.00");
            r.print();
            return;
        }
        String mode = args[0];
        base = args[1];
        init();
        switch (mode) {
            case "closed" -> {
                Run r = closed(Integer.parseInt(args[2]), Integer.parseInt(args[3]), "100.00");
                r.print();
                check(r, true);
            }
            case "compare" -> compare(Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            case "open" -> {
                Run r = open(Double.parseDouble(args[2]), Integer.parseInt(args[3]));
                r.print();
                check(r, true);
            }
            case "slowbank" -> slowBank(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("mode: closed | compare | open | slowbank");
        }
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    static void init() {
        if (!base.startsWith("http://localhost") && !base.startsWith("http://127.")) {
            throw new IllegalArgumentException("benchmarks run against this machine only");
        }
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(daemon()))
                .build();
    }

    // ---------------------------------------------------------------------------------------------- the loads

    /** One answered sale: its latency (from when it was due), status, reference. */
    record Sale(long micros, int status, String reference) {}

    static final class Run {
        final String what;
        final List<Sale> sales = Collections.synchronizedList(new ArrayList<>());
        double seconds;
        Map<String, Long> cpuBefore;
        Map<String, Long> cpuAfter;

        Run(String what) {
            this.what = what;
        }

        List<Long> micros() {
            List<Long> m = new ArrayList<>();
            synchronized (sales) {
                sales.forEach(s -> m.add(s.micros));
            }
            Collections.sort(m);
            return m;
        }

        long ok() {
            synchronized (sales) {
                return sales.stream().filter(s -> s.status == 201).count();
            }
        }

        double throughput() {
            return sales.size() / seconds;
        }

        void print() {
            List<Long> m = micros();
            System.out.printf("%s: sales=%d approved(201)=%d elapsed=%.2fs throughput=%.1f/s%n",
                    what, sales.size(), ok(), seconds, throughput());
            System.out.printf("  latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f; over 1 s: %d%n",
                    pct(m, 50), pct(m, 95), pct(m, 99), m.get(m.size() - 1) / 1000.0,
                    m.stream().filter(x -> x > 1_000_000).count());
            if (cpuBefore != null && cpuAfter != null) {
                ProcessCpu.print(cpuBefore, cpuAfter, sales.size());
            }
        }
    }

    /**
     * Sales before the measured ones, at 8 callers (-Dbench.warmup, default 2000): the node's JIT compiles the sale
     * path during the first thousands of sales, and a run measured before that measures the compiler (a flight
     * recording of a run after 30 warm-up sales showed the C2 compiler threads busier than the request threads).
     */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 2000);

    static void warmUp(String amount) throws Exception {
        for (int i = 0; i < 30; i++) {
            sale(amount, System.nanoTime());
        }
        if (WARM_UP > 0) {
            ExecutorService pool = Executors.newFixedThreadPool(8, daemon());
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                futures.add(pool.submit(() -> sale(amount, System.nanoTime())));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
        }
        warmedUp += 30 + WARM_UP;
    }

    /** Sales made to warm up (counted in the database's per-sale figures, which span them). */
    static long warmedUp;

    static Run closed(int sales, int concurrency, String amount) throws Exception {
        warmUp(amount);
        Run run = new Run("closed loop, concurrency " + concurrency);
        run.cpuBefore = ProcessCpu.snapshot();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemon());
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < sales; i++) {
            futures.add(pool.submit(() -> run.sales.add(sale(amount, System.nanoTime()))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        run.cpuAfter = ProcessCpu.snapshot();
        pool.shutdown();
        return run;
    }

    /** Open model: a sale is due every 1/rate s whatever the earlier ones do; latency counts from when it was due. */
    static Run open(double rate, int seconds) throws Exception {
        warmUp("100.00");
        Run run = new Run(String.format("open model, %.0f sales/s for %d s", rate, seconds));
        run.cpuBefore = ProcessCpu.snapshot();
        ExecutorService pool = Executors.newCachedThreadPool(daemon());
        int total = (int) Math.round(rate * seconds);
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.submit(() -> {
                try {
                    run.sales.add(sale("100.00", due));
                } catch (Exception e) {
                    run.sales.add(new Sale(System.nanoTime() / 1000 - due / 1000, -1, null));
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(120, TimeUnit.SECONDS);
        run.seconds = (System.nanoTime() - start) / 1e9;
        run.cpuAfter = ProcessCpu.snapshot();
        pool.shutdown();
        return run;
    }

    /**
     * A slow bank (the simulator's slow amount, answered after -Dvpos.simulator.slowMillis): {@code inFlight} callers
     * sell for {@code seconds} while a finance user lists batches and the transaction log every 200 ms.
     */
    static void slowBank(int inFlight, int seconds) throws Exception {
        String slow = "7777.77";
        warmUp("100.00");
        Run run = new Run("slow bank, " + inFlight + " in flight");
        List<Long> staff = Collections.synchronizedList(new ArrayList<>());
        List<String> staffErrors = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight + 2, daemon());
        run.cpuBefore = ProcessCpu.snapshot();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        run.sales.add(sale(slow, System.nanoTime()));
                    } catch (Exception e) {
                        run.sales.add(new Sale(0, -1, null));
                    }
                }
                return null;
            }));
        }
        Future<?> poller = pool.submit(() -> {
            int i = 0;
            while (!stop.get()) {
                String path = i++ % 2 == 0 ? API + "/batches?page=0&size=50" : API + "/transaction-log?page=0&size=50";
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(get(path, FINANCE), HttpResponse.BodyHandlers.ofString());
                    staff.add((System.nanoTime() - t) / 1000);
                    if (r.statusCode() != 200) {
                        staffErrors.add(path + " " + r.statusCode());
                    }
                } catch (Exception e) {
                    staffErrors.add(path + " " + e);
                }
                Thread.sleep(200);
            }
            return null;
        });
        // a bank wait must hold no database connection: the node's connections busy in a transaction, sampled
        int[] connections = new int[3]; // most in a transaction at once, most open at once, samples
        Future<?> sampler = pool.submit(() -> {
            String jdbc = System.getProperty("bench.jdbc");
            if (jdbc == null) {
                return null;
            }
            try (Connection c = DriverManager.getConnection(jdbc, "vpos", "vpos");
                    PreparedStatement q = c.prepareStatement("select count(*) filter (where state <> 'idle'),"
                            + " count(*) from pg_stat_activity where datname = current_database()"
                            + " and pid <> pg_backend_pid() and usename = 'vpos'")) {
                while (!stop.get() && System.nanoTime() < end) {
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        connections[0] = Math.max(connections[0], rs.getInt(1));
                        connections[1] = Math.max(connections[1], rs.getInt(2));
                        connections[2]++;
                    }
                    Thread.sleep(50);
                }
            }
            return null;
        });
        for (Future<?> f : futures) {
            f.get();
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        run.cpuAfter = ProcessCpu.snapshot();
        stop.set(true);
        poller.get();
        sampler.get();
        pool.shutdown();
        run.print();
        List<Long> s = new ArrayList<>(staff);
        Collections.sort(s);
        System.out.printf("  staff calls (batch list, transaction log): %d, p50=%.1f p95=%.1f max=%.1f ms, errors=%d%n",
                s.size(), pct(s, 50), pct(s, 95), s.isEmpty() ? 0 : s.get(s.size() - 1) / 1000.0,
                staffErrors.size());
        staffErrors.stream().limit(5).forEach(e -> System.out.println("    " + e));
        System.out.printf("  the node's database connections (%d samples, every 50 ms): at most %d open, at most %d"
                + " in a statement or transaction at once (while %d sales wait for the bank)%n",
                connections[2], connections[1], connections[0], inFlight);
        double bound = inFlight / (Long.getLong("bench.slowMillis", 500) / 1000.0);
        System.out.printf("  %.1f sales/s = %.0f %% of the %.0f/s that %d callers and a %d ms bank allow%n",
                run.throughput(), 100 * run.throughput() / bound, bound, inFlight, Long.getLong("bench.slowMillis", 500));
        if (!staffErrors.isEmpty()) {
            problems.add(staffErrors.size() + " staff calls failed");
        }
        check(run, false);
    }

    static Sale sale(String amount, long dueNanos) throws Exception {
        String body = "{\"companyId\":1,\"customerAccountId\":1,\"amount\":\"" + amount + "\",\"currency\":\"TRY\","
                + "\"installments\":1,\"channel\":\"API\",\"card\":{\"number\":\"4355084355084358\",\"expiry\":\"12/30\","
                + "\"cvv\":\"000\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + API + "/collections"))
                .header("Authorization", COLLECTOR)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - dueNanos) / 1000;
        return new Sale(micros, response.statusCode(), field(response.body(), "reference"));
    }

    // ---------------------------------------------------------------------------------------------- the checks

    static final List<String> problems = new ArrayList<>();

    /**
     * Every sale answered 201 and APPROVED here with one batch record; the bank booked each of our orders once; prints
     * the module's overhead (client latency minus the bank call's latency).
     */
    static void check(Run run, boolean overhead) throws Exception {
        String jdbc = System.getProperty("bench.jdbc");
        String bank = System.getProperty("bench.bank");
        if (jdbc == null || bank == null) {
            System.out.println("  (no -Dbench.jdbc / -Dbench.bank: results not checked)");
            return;
        }
        List<String> refs = new ArrayList<>();
        Map<String, Long> latency = new HashMap<>();
        long failed = 0;
        synchronized (run.sales) {
            for (Sale s : run.sales) {
                if (s.status == 201 && s.reference != null) {
                    refs.add(s.reference);
                    latency.put(s.reference, s.micros);
                } else {
                    failed++;
                }
            }
        }
        if (failed > 0) {
            problems.add(failed + " sales not answered 201");
        }
        if (new TreeSet<>(refs).size() != refs.size()) {
            problems.add("a reference was answered twice");
        }
        Map<String, Integer> booked = new HashMap<>();
        for (Map<String, String> e : ledger(bank)) {
            if ("00".equals(e.get("resultCode")) && "SALE".equals(e.getOrDefault("type", "SALE"))) {
                booked.merge(e.get("orderId"), 1, Integer::sum);
            }
        }
        List<Long> overheads = new ArrayList<>();
        int rows = 0;
        long batches = 0;
        long ledgerSales = 0;
        try (Connection c = DriverManager.getConnection(jdbc, "vpos", "vpos");
                PreparedStatement s = c.prepareStatement("select c.reference, c.state, c.bank_order_id,"
                        + " (select count(*) from card_batch b where b.collection_id = c.id),"
                        + " (select sum(i.latency_ms) from bank_interaction i where i.collection_id = c.id)"
                        + " from collection c where c.reference = any(?)")) {
            Array array = c.createArrayOf("varchar", refs.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String ref = rs.getString(1);
                    if (!"APPROVED".equals(rs.getString(2))) {
                        problems.add(ref + " is " + rs.getString(2));
                    }
                    batches += rs.getLong(4);
                    if (rs.getLong(4) != 1) {
                        problems.add(ref + " has " + rs.getLong(4) + " batch records");
                    }
                    int atBank = booked.getOrDefault(rs.getString(3), 0);
                    ledgerSales += atBank;
                    if (atBank != 1) {
                        problems.add("the bank booked order " + rs.getString(3) + " " + atBank + " times");
                    }
                    overheads.add(latency.get(ref) - rs.getLong(5) * 1000);
                }
            }
        }
        if (rows != refs.size()) {
            problems.add(refs.size() + " approvals answered, " + rows + " found");
        }
        System.out.printf("  checked: %d approved sales, %d batch records, %d approved sales in the bank's ledger: %s%n",
                rows, batches, ledgerSales, problems.isEmpty() ? "OK" : "PROBLEMS");
        problems.stream().limit(10).forEach(p -> System.out.println("    " + p));
        if (overhead && !overheads.isEmpty()) {
            Collections.sort(overheads);
            System.out.printf("  module overhead (latency - bank call) ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n",
                    pct(overheads, 50), pct(overheads, 95), pct(overheads, 99),
                    overheads.get(overheads.size() - 1) / 1000.0);
        }
    }

    static List<Map<String, String>> ledger(String bank) throws Exception {
        String json = http.send(HttpRequest.newBuilder(URI.create(bank + "/control/ledger")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<Map<String, String>> entries = new ArrayList<>();
        Matcher object = Pattern.compile("\\{[^{}]*}").matcher(json);
        Pattern pair = Pattern.compile("\"(\\w+)\":(\"([^\"]*)\"|([^,}]*))");
        while (object.find()) {
            Map<String, String> e = new HashMap<>();
            Matcher p = pair.matcher(object.group());
            while (p.find()) {
                e.put(p.group(1), p.group(3) != null ? p.group(3) : p.group(4));
            }
            entries.add(e);
        }
        return entries;
    }

    // ---------------------------------------------------------------------------------------------- pgbench

    /**
     * The module at {@code concurrency} against pgbench running the script of one sale's writes at the same
     * concurrency, with what each does to PostgreSQL per sale (pg_stat deltas), and the ratio.
     */
    static void compare(int sales, int concurrency, String script) throws Exception {
        String jdbc = System.getProperty("bench.jdbc");
        Map<String, Long> before = PgStats.snapshot(jdbc);
        long warm = warmedUp;
        Run run = closed(sales, concurrency, "100.00");
        Map<String, Long> after = PgStats.snapshot(jdbc);
        run.print();
        check(run, true);
        // the warm-up's sales are inside the stats window
        Map<String, Double> module = PgStats.perSale(before, after, sales + warmedUp - warm);

        String db = jdbc.substring(jdbc.lastIndexOf('/') + 1);
        int perClient = Math.max(1, sales / concurrency);
        List<String> cmd = List.of("pgbench", "-n", "-M", "prepared", "-h", "127.0.0.1", "-U", "vpos", "-c", "" + concurrency,
                "-j", "" + Math.min(concurrency, 2), "-t", "" + perClient, "-f", script, db);
        before = PgStats.snapshot(jdbc);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", "vpos");
        Process p = pb.start();
        double tps = 0;
        String latency = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = r.readLine()) != null; ) {
                Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial").matcher(line);
                if (m.find()) {
                    tps = Double.parseDouble(m.group(1));
                }
                if (line.startsWith("latency average")) {
                    latency = line;
                }
                if (line.contains("ERROR") || line.contains("aborted")) {
                    System.out.println("  pgbench: " + line);
                }
            }
        }
        if (p.waitFor() != 0) {
            problems.add("pgbench failed");
        }
        after = PgStats.snapshot(jdbc);
        Map<String, Double> bench = PgStats.perSale(before, after, (long) perClient * concurrency);
        System.out.printf("pgbench, same writes, concurrency %d: %d sales, %.1f sales/s (%s)%n",
                concurrency, perClient * concurrency, tps, latency);
        System.out.println("  per sale                       module    pgbench");
        TreeSet<String> keys = new TreeSet<>(module.keySet());
        keys.addAll(bench.keySet());
        boolean same = true;
        for (String k : keys) {
            double a = module.getOrDefault(k, 0.0);
            double b = bench.getOrDefault(k, 0.0);
            if (a < 0.005 && b < 0.005) {
                continue;
            }
            System.out.printf("  %-28s %8.2f %10.2f%n", k, a, b);
            // a sale inserts and updates; the deletes are the node's day-totals compaction (card_batch_day_dirty),
            // which runs beside both measurements at its own pace
            if ((k.startsWith("ins ") || k.startsWith("upd ")) && Math.abs(a - b) > 0.1) {
                same = false;
            }
        }
        System.out.println("  write set (rows inserted/updated per table): " + (same ? "the same" : "DIFFERENT"));
        if (!same) {
            problems.add("pgbench's write set differs from a sale's");
        }
        System.out.printf("RESULT concurrency=%d module=%.1f/s pgbench=%.1f/s ratio=%.2f (target >= 0.5)%n",
                concurrency, run.throughput(), tps, run.throughput() / tps);
    }

    /**
     * CPU time per process group from /proc (Linux): the node's and the bank's JVMs (by their Liberty server names),
     * PostgreSQL (every postgres process, with the exited backends' time reaped by the postmaster), this client, and
     * the whole machine, so that a sale's CPU is known by who spent it.
     */
    static final class ProcessCpu {
        static Map<String, Long> snapshot() throws Exception {
            Map<String, Long> m = new TreeMap<>();
            for (String who : List.of("node", "bank", "postgres", "client", "other")) {
                m.put(who, 0L);
            }
            long self = ProcessHandle.current().pid();
            java.io.File[] procs = new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
            for (java.io.File proc : procs == null ? new java.io.File[0] : procs) {
                try {
                    String stat = java.nio.file.Files.readString(proc.toPath().resolve("stat"));
                    String cmd = java.nio.file.Files.readString(proc.toPath().resolve("cmdline")).replace('\0', ' ');
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    long reaped = Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    String who = Long.parseLong(proc.getName()) == self ? "client"
                            : cmd.contains(" bench-node") ? "node"
                            : cmd.contains(" bench-bank") ? "bank"
                            : comm.equals("postgres") || cmd.startsWith("postgres") ? "postgres" : "other";
                    m.merge(who, who.equals("postgres") ? own + reaped : own, Long::sum);
                } catch (Exception gone) {
                    // a process that ended between the listing and the read
                }
            }
            String[] cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]); // idle and iowait are not busy
            }
            m.put("machine", busy);
            return m;
        }

        /** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux x86-64). */
        static final double HZ = 100.0;

        static void print(Map<String, Long> before, Map<String, Long> after, int sales) {
            StringBuilder line = new StringBuilder("  CPU ms per sale:");
            for (String who : List.of("node", "bank", "postgres", "client", "other", "machine")) {
                double ms = (after.get(who) - before.get(who)) * 1000 / HZ / sales;
                line.append(String.format(" %s %.1f", who, ms));
            }
            System.out.println(line);
        }
    }

    /** pg_stat counters of one database: commits, rollbacks, and rows written and index/sequential scans per table. */
    static final class PgStats {
        static Map<String, Long> snapshot(String jdbc) throws Exception {
            Thread.sleep(11_000); // an idle backend reports its counters within 10 s (PostgreSQL 15)
            Map<String, Long> m = new TreeMap<>();
            try (Connection c = DriverManager.getConnection(jdbc, "vpos", "vpos");
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select xact_commit, xact_rollback, blks_read, blks_hit from"
                        + " pg_stat_database where datname = current_database()")) {
                    rs.next();
                    m.put("commits", rs.getLong(1));
                    m.put("rollbacks", rs.getLong(2));
                }
                try (ResultSet rs = s.executeQuery("select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del,"
                        + " coalesce(idx_scan, 0), seq_scan from pg_stat_user_tables")) {
                    while (rs.next()) {
                        String t = rs.getString(1);
                        m.put("ins " + t, rs.getLong(2));
                        m.put("upd " + t, rs.getLong(3));
                        m.put("  hot upd " + t, rs.getLong(4));
                        m.put("del " + t, rs.getLong(5));
                        m.put("scans " + t, rs.getLong(6) + rs.getLong(7));
                    }
                }
            }
            return m;
        }

        static Map<String, Double> perSale(Map<String, Long> before, Map<String, Long> after, long sales) {
            Map<String, Double> m = new TreeMap<>();
            // the two snapshots' own transactions are not the sales'
            for (Map.Entry<String, Long> e : after.entrySet()) {
                long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                if (e.getKey().equals("commits")) {
                    d -= 2;
                }
                m.put(e.getKey(), d / (double) sales);
            }
            return m;
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static HttpRequest get(String path, String auth) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json == null ? "" : json);
        return m.find() ? m.group(1) : null;
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        };
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1000.0;
    }
}
