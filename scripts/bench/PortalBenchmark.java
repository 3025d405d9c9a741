import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The portal path's benchmark (issue #14 target 6; scripts/bench/portal starts the servers and runs it;
 * docs/benchmarks.md): a 3-D Secure payment on the hosted page driven the way the payer's browser does it, and
 * provider notifications posted to our inbox, each closed loop at the given concurrencies, each checked.
 *
 * <pre>
 *   java -cp postgresql.jar -Dbench.jdbc=... -Dbench.bank=... PortalBenchmark.java threeds base payments conc...
 *   java -cp postgresql.jar -Dbench.jdbc=... -Dbench.bank=... PortalBenchmark.java notify  base payments conc...
 * </pre>
 *
 * <b>threeds</b>: DEMO2 gets a fresh EST THREE_D definition as its default; each payment opens a checkout session
 * (portal client), GETs our hosted page, posts the card (<i>3-D start</i>: our answer is the auto-submitting form to
 * the bank's gate), posts that form to the simulator's gate (its ACS page), answers the ACS with the password (the
 * page posting the payer back to us) and posts it to our callback (<i>callback</i>: verified, the sale provisioned
 * at the bank, the payer sent back to the portal with status=PAID). Timed separately: start, callback, the bank's two
 * pages, and the whole payment (session to the portal's return). Baseline: the plain non-3D API sale (company 1, as
 * SaleBenchmark) at the same concurrency.
 *
 * <b>notify</b>: DEMO2 gets a PayMaster (THREE_D_HOST) definition; with the simulator's notifications withheld, each
 * order is paid at the simulated PayMaster (untimed preparation: the payer never comes back), then its Payment
 * Notification — the fields and LMI_HASH the simulator would send — is posted to {@code /vpos/notify/{definition}};
 * timed: acceptance (the inbox's answer) and, polled in the database, the time until the collection is APPROVED.
 *
 * Checks: every payment answered as the browser expects, APPROVED with exactly one card_batch row, booked exactly once
 * in the bank's ledger; every notification stored once and APPLIED, none left RECEIVED/DEFERRED.
 */
public class PortalBenchmark {

    static final String API = "/vpos/api/v1";
    static final String ADMIN = basic("admin:admin-demo");
    static final String COLLECTOR = basic("collector:collector-demo");
    static final String FINANCE = basic("finance:finance-demo");
    static final String PORTAL = basic("portal:portal-demo");
    static final String CARD = "4355084355084358";
    static final String RETURN_URL = "http://portal.example/back";
    static final int WARM_UP = 20;

    static String base;
    static String bank;
    static String jdbc;
    static HttpClient http;
    static final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        base = args[1];
        int payments = Integer.parseInt(args[2]);
        List<Integer> levels = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            levels.add(Integer.parseInt(args[i]));
        }
        if (levels.isEmpty()) {
            levels = List.of(1, 4);
        }
        if (!base.startsWith("http://localhost") && !base.startsWith("http://127.")) {
            throw new IllegalArgumentException("benchmarks run against this machine only");
        }
        bank = System.getProperty("bench.bank");
        jdbc = System.getProperty("bench.jdbc");
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newCachedThreadPool(daemon()))
                .build();
        long demo2 = companyId("DEMO2");
        long account = firstAccount(demo2);
        switch (mode) {
            case "threeds" -> threeDs(demo2, account, payments, levels);
            case "notify" -> notifications(demo2, account, payments, levels);
            default -> throw new IllegalArgumentException(mode);
        }
        if (!problems.isEmpty()) {
            System.out.println("==> PROBLEMS: " + problems.size());
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------------------------------------ timings

    /** Named latencies (µs) of one closed-loop run. */
    static final class Timings {
        final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
        double seconds;
        int done;

        void add(String what, long nanos) {
            micros.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos / 1000);
        }

        void print(String title, List<String> order) {
            System.out.printf("%s: %d in %.2fs = %.1f/s%n", title, done, seconds, done / seconds);
            for (String what : order) {
                List<Long> m = new ArrayList<>(micros.getOrDefault(what, List.of()));
                if (m.isEmpty()) {
                    continue;
                }
                Collections.sort(m);
                System.out.printf("  %-28s n=%-4d p50=%8.1f p95=%8.1f p99=%8.1f max=%8.1f ms%n", what, m.size(),
                        pct(m, 50), pct(m, 95), pct(m, 99), m.get(m.size() - 1) / 1000.0);
            }
        }

        double p99(String what) {
            List<Long> m = new ArrayList<>(micros.getOrDefault(what, List.of()));
            Collections.sort(m);
            return pct(m, 99);
        }
    }

    interface Task {
        String run(Timings t) throws Exception;
    }

    /** Runs {@code n} tasks on {@code concurrency} threads; the answers (references) of those that succeeded. */
    static List<String> closed(int n, int concurrency, Timings t, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemon());
        List<Future<String>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                try {
                    return task.run(t);
                } catch (Exception | AssertionError e) {
                    problems.add(String.valueOf(e.getMessage()).lines().findFirst().orElse("?"));
                    return null;
                }
            }));
        }
        List<String> refs = new ArrayList<>();
        for (Future<String> f : futures) {
            String r = f.get();
            if (r != null) {
                refs.add(r);
            }
        }
        t.seconds = (System.nanoTime() - start) / 1e9;
        t.done = n;
        pool.shutdown();
        return refs;
    }

    // ------------------------------------------------------------------------------------------------ 3-D Secure

    static void threeDs(long demo2, long account, int payments, List<Integer> levels) throws Exception {
        long definition = definition(demo2, "EST", "THREE_D", true, "http://localhost:" + bankPort() + "/bank-simulator"
                + "/est/fim/api", "{\"apiUser\":\"ISBANKAPI\",\"password\":\"ISBANK07\",\"clientId\":\"700655000200\","
                + "\"storeKey\":\"TRPS0200\"}");
        System.out.printf("==> 3-D Secure: EST THREE_D definition %d, DEMO2's default; %d payments per concurrency"
                + " (%d warm-up first, not counted)%n", definition, payments, WARM_UP);
        Timings warm = new Timings();
        List<String> warmRefs = closed(WARM_UP, 1, warm, t -> threeDsPayment(demo2, account, t));
        closed(WARM_UP, 1, new Timings(), t -> sale(t));
        check(warmRefs, "warm-up");
        List<String> summary = new ArrayList<>();
        for (int c : levels) {
            Timings t = new Timings();
            List<String> refs = closed(payments, c, t, x -> threeDsPayment(demo2, account, x));
            t.print("3-D payment, concurrency " + c, List.of("whole payment", "open session", "hosted page",
                    "3-D start", "bank gate (simulator)", "bank ACS (simulator)", "callback"));
            check(refs, "3-D");
            Timings b = new Timings();
            List<String> saleRefs = closed(payments, c, b, x -> sale(x));
            b.print("baseline: plain non-3D API sale, concurrency " + c, List.of("sale"));
            check(saleRefs, "plain sale");
            summary.add(String.format("RESULT 3-D c=%d: %.1f payments/s (p99 whole %.0f ms, start %.0f ms, callback"
                            + " %.0f ms); plain sale %.1f/s (p99 %.0f ms); 3-D payment / plain sale throughput %.2f,"
                            + " callback p99 / sale p99 %.2f",
                    c, t.done / t.seconds, t.p99("whole payment"), t.p99("3-D start"), t.p99("callback"),
                    b.done / b.seconds, b.p99("sale"), (t.done / t.seconds) / (b.done / b.seconds),
                    t.p99("callback") / b.p99("sale")));
        }
        summary.forEach(System.out::println);
    }

    /** One 3-D payment as the payer's browser makes it; answers the collection reference. */
    static String threeDsPayment(long company, long account, Timings t) throws Exception {
        long begin = System.nanoTime();
        long s = begin;
        String session = field(require(post(base + API + "/checkout-sessions", PORTAL, "application/json",
                "{\"companyId\":" + company + ",\"customerAccountId\":" + account + ",\"purpose\":\"BALANCE\","
                        + "\"reference\":\"ACCOUNT " + UUID.randomUUID().toString().substring(0, 8) + "\","
                        + "\"amount\":\"150.00\",\"currency\":\"TRY\",\"returnUrl\":\"" + RETURN_URL + "\"}",
                Map.of()), 201, "open session").body(), "id");
        t.add("open session", System.nanoTime() - s);

        URI page = URI.create(base + "/vpos/pay/" + session);
        s = System.nanoTime();
        Form ours = Form.first(page, require(send(HttpRequest.newBuilder(page).GET()), 200, "hosted page").body());
        t.add("hosted page", System.nanoTime() - s);

        s = System.nanoTime();
        HttpResponse<String> toBank = require(ours.submit(f -> {
            f.put("holder", "Ayse Yilmaz");
            f.put("cardNumber", CARD);
            f.put("expiry", "12/30");
            f.put("cvv", "123");
            f.put("installments", "1");
            return f;
        }), 200, "3-D start");
        t.add("3-D start", System.nanoTime() - s);
        Form gate = Form.first(page, toBank.body());

        s = System.nanoTime();
        Form acs = Form.first(gate.action, require(gate.submit(f -> f), 200, "bank gate").body());
        t.add("bank gate (simulator)", System.nanoTime() - s);

        s = System.nanoTime();
        HttpResponse<String> answered = require(acs.submit(f -> {
            f.replaceAll((k, v) -> k.toLowerCase().matches(".*(otp|password|sifre|pin|code).*") ? "123456" : v);
            return f;
        }), 200, "bank ACS");
        Form callback = Form.first(acs.action, answered.body());
        for (int hop = 0; hop < 3 && !callback.action.getPath().startsWith("/vpos/3ds/callback/"); hop++) {
            callback = Form.first(callback.action, require(callback.submit(f -> f), 200, "bank hop").body());
        }
        t.add("bank ACS (simulator)", System.nanoTime() - s);
        if (!callback.action.getPath().startsWith("/vpos/3ds/callback/")) {
            throw new AssertionError("no callback form: " + callback.action);
        }

        s = System.nanoTime();
        HttpResponse<String> back = require(callback.submit(f -> f), 302, "callback");
        long end = System.nanoTime();
        t.add("callback", end - s);
        t.add("whole payment", end - begin);
        String location = back.headers().firstValue("Location").orElse("");
        if (!location.startsWith(RETURN_URL + "?session=" + session + "&status=PAID")) {
            throw new AssertionError("callback sent the payer to " + location);
        }
        String path = callback.action.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The plain non-3D API sale of SaleBenchmark (company 1, 100.00 TRY); answers its reference. */
    static String sale(Timings t) throws Exception {
        long s = System.nanoTime();
        HttpResponse<String> r = require(post(base + API + "/collections", COLLECTOR, "application/json",
                "{\"companyId\":1,\"customerAccountId\":1,\"amount\":\"100.00\",\"currency\":\"TRY\",\"installments\":1,"
                        + "\"channel\":\"API\",\"card\":{\"number\":\"" + CARD + "\",\"expiry\":\"12/30\","
                        + "\"cvv\":\"000\"}}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString())), 201, "sale");
        t.add("sale", System.nanoTime() - s);
        return field(r.body(), "reference");
    }

    // ------------------------------------------------------------------------------------------------ notifications

    static final String PM_SITE = "a1b2c3d4-0000-4000-8000-000000000256";
    static final String PM_SECRET = "pm-test-secret-256";

    /** An order paid at the simulated PayMaster whose notification was withheld: what we post for it. */
    record Paid(String reference, String order, String notification) {}

    static void notifications(long demo2, long account, int payments, List<Integer> levels) throws Exception {
        long definition = definition(demo2, "PAYMASTER", "THREE_D_HOST", false,
                "http://localhost:" + bankPort() + "/bank-simulator/paymaster/Payment/Init",
                "{\"merchantId\":\"" + PM_SITE + "\",\"secretKey\":\"" + PM_SECRET + "\",\"hashAlgorithm\":\"SHA256\","
                        + "\"apiLogin\":\"test-api-256\",\"apiPassword\":\"pm-test-api-256\"}");
        control("{\"all\":true,\"withhold\":true}");
        try {
            System.out.printf("==> PayMaster notifications: definition %d; %d notifications per concurrency (%d warm-up"
                    + " first); orders paid at the simulator beforehand with its notifications withheld (not timed)%n",
                    definition, payments, WARM_UP);
            runNotifications(demo2, account, definition, WARM_UP, 1, false);
            List<String> summary = new ArrayList<>();
            for (int c : levels) {
                summary.add(runNotifications(demo2, account, definition, payments, c, true));
            }
            summary.forEach(System.out::println);
        } finally {
            control("{\"all\":true,\"withhold\":false}");
        }
    }

    static String runNotifications(long company, long account, long definition, int n, int c, boolean print)
            throws Exception {
        Timings prep = new Timings();
        Map<String, Paid> paid = new ConcurrentHashMap<>();
        closed(n, 4, prep, t -> {
            Paid p = payAtPayMaster(company, account, definition, t);
            paid.put(p.reference, p);
            return p.reference;
        });
        List<Paid> all = new ArrayList<>(paid.values());
        java.util.concurrent.ConcurrentLinkedQueue<Paid> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(all);
        Map<String, Long> posted = new ConcurrentHashMap<>();
        Map<String, Long> settled = new ConcurrentHashMap<>();
        // settlement: polled in the database (every 10 ms, while the notifications are posted) until every
        // collection is APPROVED
        Future<?> poller = Executors.newSingleThreadExecutor(daemon()).submit(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            try (Connection db = DriverManager.getConnection(jdbc, "vpos", "vpos");
                    PreparedStatement q = db.prepareStatement(
                            "select reference from collection where state = 'APPROVED' and reference = any(?)")) {
                while (settled.size() < all.size() && System.nanoTime() < deadline) {
                    List<String> open = all.stream().map(Paid::reference)
                            .filter(r -> posted.containsKey(r) && !settled.containsKey(r)).toList();
                    q.setArray(1, db.createArrayOf("varchar", open.toArray()));
                    long now = System.nanoTime();
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            settled.put(rs.getString(1), now);
                        }
                    }
                    Thread.sleep(10);
                }
            }
            return null;
        });
        Timings t = new Timings();
        long start = System.nanoTime();
        closed(all.size(), c, t, x -> {
            Paid p = queue.poll();
            long s = System.nanoTime();
            posted.put(p.reference, s);
            HttpResponse<String> r = post(base + "/vpos/notify/" + definition, null,
                    "application/x-www-form-urlencoded; charset=UTF-8", p.notification, Map.of());
            x.add("acceptance", System.nanoTime() - s);
            if (r.statusCode() != 200) {
                throw new AssertionError("notification answered " + r.statusCode() + ": " + r.body());
            }
            return p.reference;
        });
        double acceptSeconds = t.seconds;
        poller.get();
        if (settled.size() < all.size()) {
            problems.add((all.size() - settled.size()) + " orders not APPROVED 300 s after their notification");
        }
        long lastSettled = settled.values().stream().mapToLong(Long::longValue).max().orElse(start);
        settled.forEach((ref, at) -> t.add("posted to APPROVED (±10ms)", at - posted.get(ref)));
        if (!print) {
            checkNotifications(all, definition, false);
            return "";
        }
        t.print("PayMaster notification, concurrency " + c, List.of("acceptance", "posted to APPROVED (±10ms)"));
        double settledPerSecond = settled.size() / ((lastSettled - start) / 1e9);
        System.out.printf("  all %d settled %.2fs after the first post: %.1f settled/s%n", settled.size(),
                (lastSettled - start) / 1e9, settledPerSecond);
        checkNotifications(all, definition, true);
        return String.format("RESULT notifications c=%d: %.1f accepted/s (p99 %.0f ms), %.1f settled/s"
                        + " (p99 posted to APPROVED %.0f ms)", c, all.size() / acceptSeconds, t.p99("acceptance"),
                settledPerSecond, t.p99("posted to APPROVED (±10ms)"));
    }

    /** Our hosted page with PayMaster chosen → PayMaster's form → its card page, paid; the notification to post. */
    static Paid payAtPayMaster(long company, long account, long definition, Timings t) throws Exception {
        HttpResponse<String> opened = require(post(base + API + "/checkout-sessions", PORTAL, "application/json",
                "{\"companyId\":" + company + ",\"customerAccountId\":" + account + ",\"purpose\":\"BALANCE\","
                        + "\"reference\":\"ACCOUNT " + UUID.randomUUID().toString().substring(0, 8) + "\","
                        + "\"amount\":\"200.00\",\"currency\":\"TRY\",\"returnUrl\":\"" + RETURN_URL + "\"}",
                Map.of()), 201, "open session");
        String session = field(opened.body(), "id");
        URI page = URI.create(base + "/vpos/pay/" + session + "?method=" + definition);
        Form ours = Form.first(page, require(send(HttpRequest.newBuilder(page).GET()), 200, "hosted page").body());
        Form init = Form.first(page, require(ours.submit(f -> f), 200, "to PayMaster").body());
        Form card = Form.first(init.action, require(init.submit(f -> f), 200, "PayMaster form").body());
        HttpResponse<String> paidPage = require(card.submit(f -> {
            f.put("holder", "Ivan Petrov");
            f.put("cardNumber", "4111111111111111");
            f.put("expiry", "12/30");
            f.put("cvv", "123");
            return f;
        }), 200, "PayMaster card page");
        Form back = Form.first(card.action, paidPage.body());
        String reference = back.action.getPath().substring(back.action.getPath().lastIndexOf('/') + 1);
        Map<String, String> r = back.fields;
        Map<String, String> n = new LinkedHashMap<>();
        n.put("LMI_MERCHANT_ID", PM_SITE);
        n.put("LMI_PAYMENT_NO", init.fields.get("LMI_PAYMENT_NO"));
        n.put("LMI_SYS_PAYMENT_ID", r.get("LMI_SYS_PAYMENT_ID"));
        n.put("LMI_SYS_PAYMENT_DATE", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
        n.put("LMI_PAYMENT_AMOUNT", init.fields.get("LMI_PAYMENT_AMOUNT"));
        n.put("LMI_CURRENCY", init.fields.get("LMI_CURRENCY"));
        n.put("LMI_PAID_AMOUNT", init.fields.get("LMI_PAYMENT_AMOUNT"));
        n.put("LMI_PAID_CURRENCY", init.fields.get("LMI_CURRENCY"));
        n.put("LMI_PAYMENT_SYSTEM", "18");
        n.put("LMI_SIM_MODE", init.fields.getOrDefault("LMI_SIM_MODE", "0"));
        n.put("LMI_PAYER_IDENTIFIER", "411111XXXXXX1111");
        n.put("LMI_PAYMENT_DESC", init.fields.getOrDefault("LMI_PAYMENT_DESC", ""));
        String source = List.of("LMI_MERCHANT_ID", "LMI_PAYMENT_NO", "LMI_SYS_PAYMENT_ID", "LMI_SYS_PAYMENT_DATE",
                        "LMI_PAYMENT_AMOUNT", "LMI_CURRENCY", "LMI_PAID_AMOUNT", "LMI_PAID_CURRENCY",
                        "LMI_PAYMENT_SYSTEM", "LMI_SIM_MODE").stream()
                .map(k -> n.getOrDefault(k, ""))
                .collect(Collectors.joining(";")) + ";" + PM_SECRET;
        n.put("LMI_HASH", Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8))));
        init.fields.forEach((k, v) -> {
            if (!k.startsWith("LMI_")) {
                n.putIfAbsent(k, v); // the merchant's own fields, echoed as PayMaster does
            }
        });
        return new Paid(reference, init.fields.get("LMI_PAYMENT_NO"), encode(n));
    }

    static void checkNotifications(List<Paid> all, long definition, boolean print) throws Exception {
        List<String> refs = all.stream().map(Paid::reference).toList();
        check(refs, "notification");
        try (Connection db = DriverManager.getConnection(jdbc, "vpos", "vpos")) {
            Map<String, Integer> statuses = new HashMap<>();
            try (PreparedStatement q = db.prepareStatement("select status, kind, count(*) from provider_notification"
                    + " where definition_id = ? group by status, kind")) {
                q.setLong(1, definition);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        statuses.merge(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3), Integer::sum);
                    }
                }
            }
            if (print) {
                System.out.println("  inbox of the definition so far (status/kind: count): " + statuses);
            }
            statuses.forEach((k, v) -> {
                if (k.startsWith("RECEIVED") || k.startsWith("DEFERRED") || k.startsWith("REJECTED")
                        || k.startsWith("UNMATCHED") || k.startsWith("MISMATCH")) {
                    problems.add(v + " notifications " + k);
                }
            });
            try (PreparedStatement q = db.prepareStatement("select c.reference, count(n.id) from collection c"
                    + " left join provider_notification n on n.definition_id = ? and n.bank_order_id = c.bank_order_id"
                    + " and n.kind = 'PAYMENT_APPROVED' and n.status = 'APPLIED'"
                    + " where c.reference = any(?) group by c.reference")) {
                q.setLong(1, definition);
                q.setArray(2, db.createArrayOf("varchar", refs.toArray()));
                int ok = 0;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(2) == 1) {
                            ok++;
                        } else {
                            problems.add(rs.getString(1) + " has " + rs.getInt(2) + " applied payment notifications");
                        }
                    }
                }
                System.out.printf("  checked: %d of %d orders with exactly one APPLIED payment notification: %s%n",
                        ok, refs.size(), ok == refs.size() ? "OK" : "PROBLEMS");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the checks

    /** Every reference APPROVED with exactly one card_batch row and booked exactly once in the bank's ledger. */
    static void check(List<String> refs, String what) throws Exception {
        int before = problems.size();
        if (new TreeSet<>(refs).size() != refs.size()) {
            problems.add(what + ": a reference answered twice");
        }
        Map<String, Integer> booked = new HashMap<>();
        for (Map<String, String> e : ledger()) {
            if ("00".equals(e.get("resultCode")) && "SALE".equals(e.getOrDefault("type", "SALE"))) {
                booked.merge(e.get("orderId"), 1, Integer::sum);
            }
        }
        int rows = 0;
        long batches = 0;
        long atBank = 0;
        try (Connection c = DriverManager.getConnection(jdbc, "vpos", "vpos");
                PreparedStatement s = c.prepareStatement("select c.reference, c.state, c.bank_order_id,"
                        + " (select count(*) from card_batch b where b.collection_id = c.id)"
                        + " from collection c where c.reference = any(?)")) {
            Array array = c.createArrayOf("varchar", refs.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String ref = rs.getString(1);
                    if (!"APPROVED".equals(rs.getString(2))) {
                        problems.add(what + ": " + ref + " is " + rs.getString(2));
                    }
                    batches += rs.getLong(4);
                    if (rs.getLong(4) != 1) {
                        problems.add(what + ": " + ref + " has " + rs.getLong(4) + " batch records");
                    }
                    int n = booked.getOrDefault(rs.getString(3), 0);
                    atBank += n;
                    if (n != 1) {
                        problems.add(what + ": the bank booked order " + rs.getString(3) + " " + n + " times");
                    }
                }
            }
        }
        if (rows != refs.size()) {
            problems.add(what + ": " + refs.size() + " payments answered, " + rows + " found");
        }
        System.out.printf("  checked %s: %d approved, %d batch records, %d approved sales in the bank's ledger: %s%n",
                what, rows, batches, atBank, problems.size() == before ? "OK" : "PROBLEMS");
        problems.subList(before, problems.size()).stream().limit(10).forEach(p -> System.out.println("    " + p));
    }

    static List<Map<String, String>> ledger() throws Exception {
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

    // ------------------------------------------------------------------------------------------------ setup

    static long companyId(String code) throws Exception {
        String json = require(send(get(API + "/companies", ADMIN)), 200, "companies").body();
        Matcher m = Pattern.compile("\\{[^{}]*\"code\":\"" + code + "\"[^{}]*}").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no company " + code);
        }
        return Long.parseLong(number(m.group(), "id"));
    }

    static long firstAccount(long company) throws Exception {
        String json = require(send(get(API + "/companies/" + company + "/customer-accounts", COLLECTOR)), 200,
                "accounts").body();
        return Long.parseLong(number(json, "id"));
    }

    static long definition(long company, String family, String model, boolean companyDefault, String endpoint,
            String credentials) throws Exception {
        String code = family.replace("_", "") + "-" + model.replace("_", "") + "-" + (System.nanoTime() % 1_000_000);
        String body = "{\"code\":\"" + code + "\",\"displayName\":\"" + family + " " + model + " bench\","
                + "\"bankName\":\"" + family + " test bank\",\"family\":\"" + family + "\",\"environment\":\"TEST\","
                + "\"paymentModel\":\"" + model + "\",\"testEndpointUrl\":\"" + endpoint + "\",\"readTimeoutMs\":5000,"
                + "\"currencies\":[\"TRY\"],\"installmentPlans\":[{\"installments\":1,\"commissionRate\":\"1.75\","
                + "\"blockedDays\":1}],\"companyDefault\":" + companyDefault + ",\"credentials\":" + credentials + "}";
        String path = API + "/companies/" + company + "/vpos-definitions";
        long id = Long.parseLong(number(require(post(base + path, ADMIN, "application/json", body, Map.of()), 201,
                "definition").body(), "id"));
        require(post(base + path + "/" + id + "/enable", ADMIN, "application/json", "{}", Map.of()), 200, "enable");
        return id;
    }

    static void control(String json) throws Exception {
        require(post(bank + "/control/notifications", null, "application/json", json, Map.of()), 200,
                "simulator's notification control");
    }

    static String bankPort() {
        return String.valueOf(URI.create(bank).getPort());
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    /** The first form of a page as a browser without JavaScript would post it (as the ITs' HtmlForms). */
    record Form(URI action, Map<String, String> fields) {
        static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
        static final Pattern FIELD = Pattern.compile("<(input|button|textarea)([^>]*)>", Pattern.CASE_INSENSITIVE);

        static Form first(URI page, String html) {
            Matcher m = FORM.matcher(html);
            if (!m.find()) {
                throw new AssertionError("no form on " + page + ": "
                        + html.substring(0, Math.min(300, html.length())).replaceAll("\\s+", " "));
            }
            String action = attr(m.group(1), "action");
            Map<String, String> fields = new LinkedHashMap<>();
            boolean submitTaken = false;
            Matcher f = FIELD.matcher(m.group(2));
            while (f.find()) {
                String attrs = f.group(2);
                String name = attr(attrs, "name");
                if (name == null) {
                    continue;
                }
                String type = attr(attrs, "type");
                boolean submit = "submit".equalsIgnoreCase(type)
                        || ("button".equalsIgnoreCase(f.group(1)) && !"button".equalsIgnoreCase(type));
                if (submit) {
                    if (submitTaken) {
                        continue;
                    }
                    submitTaken = true;
                }
                String value = attr(attrs, "value");
                fields.put(name, value == null ? "" : unescape(value));
            }
            return new Form(action == null || action.isBlank() ? page : page.resolve(unescape(action)), fields);
        }

        HttpResponse<String> submit(UnaryOperator<Map<String, String>> edit) throws Exception {
            return post(action.toString(), null, "application/x-www-form-urlencoded",
                    encode(edit.apply(new LinkedHashMap<>(fields))), Map.of());
        }

        static String attr(String attrs, String name) {
            Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
                    Pattern.CASE_INSENSITIVE).matcher(attrs);
            if (!m.find()) {
                return null;
            }
            return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        }

        static String unescape(String s) {
            return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
        }
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static HttpResponse<String> post(String url, String auth, String type, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        headers.forEach(b::header);
        return send(b);
    }

    static HttpRequest.Builder get(String path, String auth) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).GET();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> require(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new AssertionError(what + " answered " + r.statusCode() + " (expected " + status + "): "
                    + r.body().substring(0, Math.min(300, r.body().length())).replaceAll("\\s+", " "));
        }
        return r;
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json == null ? "" : json);
        return m.find() ? m.group(1) : null;
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
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
