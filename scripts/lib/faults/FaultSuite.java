import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite's scenarios against a running node and a bank simulator in its own process (scripts/faults starts
 * both). Each scenario puts load on the node, injects its fault, lets the node recover (the janitor's schedule is
 * compressed), and then checks that nothing was lost, against the bank's own ledger and the node's database:
 *
 * <ul>
 *   <li>every approved sale in the bank's ledger has exactly one collection, in an approved (or later) state, with
 *       exactly one batch record; every approved void in the ledger has its collection VOIDED;
 *   <li>no collection or follow-up is left INITIATED or UNKNOWN; nothing recorded approved that the bank does not have;
 *   <li>no Idempotency-Key charged twice; a retry with each key is answered (after the in-flight deadline) with the
 *       same collection; no answer is a 500.
 * </ul>
 *
 * Prints one table row per scenario and exits 1 when any check fails.
 */
public class FaultSuite {

    static final String API = "/vpos/api/v1";
    static final String CARD = "4355084355084358";
    static final String SLOW_AMOUNT = "7777.77";

    final boolean quick;
    final String node;
    final String bank;
    final String jdbc;
    final String serverScript;
    final String serverName;
    final String node2;
    final String server2Name;
    final int proxyPort;
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final List<String[]> rows = new ArrayList<>();
    boolean failed;
    long companyId;
    long accountId;
    long company2Id;
    long account2Id;

    FaultSuite(String[] args) {
        quick = "quick".equals(args[0]);
        node = args[1];
        bank = args[2];
        jdbc = args[3];
        serverScript = args[4];
        serverName = args[5];
        node2 = args[6];
        server2Name = args[7];
        proxyPort = Integer.parseInt(args[8]);
    }

    public static void main(String[] args) {
        FaultSuite suite = new FaultSuite(args);
        try {
            suite.run();
        } catch (Throwable e) {
            // a scenario's own threads (callers, resenders) must not keep the JVM, and CI, waiting after a failure
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(suite.failed ? 1 : 0);
    }

    void run() throws Exception {
        awaitReady(Duration.ofSeconds(240));
        demoCustomer();
        if (wanted("kill")) {
            killDuringLoad();
        }
        if (wanted("dropped")) {
            databaseConnectionsDropped();
        }
        if (wanted("bank")) {
            bankFaultsPerFamily();
        }
        if (!quick && restartCommand() != null && wanted("restart")) {
            databaseRestarted();
        }
        if (wanted("twonodes") || wanted("notifications")) {
            startServer(server2Name, node2);
            try {
                if (wanted("twonodes")) {
                    twoNodesOneKeyManyTimes();
                }
                if (wanted("notifications")) {
                    notificationFlood();
                }
            } finally {
                stopServer(server2Name);
            }
        }
        printTable();
    }

    /** Whether {@code VPOS_FAULTS_ONLY} (a comma-separated list of scenario names) leaves the scenario in. */
    static boolean wanted(String scenario) {
        String only = System.getenv("VPOS_FAULTS_ONLY");
        return only == null || only.isBlank() || List.of(only.split(",")).contains(scenario);
    }

    // ---------------------------------------------------------------------------------------------- scenarios

    /** kill -9 of the node while sales (some slow at the bank) and voids are in flight; restart; recovery. */
    void killDuringLoad() throws Exception {
        String run = "k" + System.currentTimeMillis();
        int sales = quick ? 60 : 240;
        int voids = quick ? 8 : 30;
        List<String> toVoid = new ArrayList<>();
        for (int i = 0; i < voids; i++) {
            Reply r = sale(run + "-pre-" + i, amount(i, 3));
            if (r.status == 201) {
                toVoid.add(field(r.body, "reference"));
            }
        }
        if (toVoid.size() < voids) {
            throw new IllegalStateException("only " + toVoid.size() + " of " + voids + " warm-up sales were approved:"
                    + " is the bank at " + bank + " reachable from the node?");
        }
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < sales; i++) {
            requests.add(Request.sale(run + "-s-" + i, i % 5 == 0 ? SLOW_AMOUNT : amount(i, 1)));
        }
        for (int i = 0; i < toVoid.size(); i++) {
            requests.add(Request.followUp(run + "-v-" + i, toVoid.get(i), "void"));
        }
        // the full run has every operation at the node at once when it dies
        int callers = quick ? 24 : requests.size();
        List<Integer> before = fire(requests, callers, Duration.ofMillis(quick ? 1200 : 2500), this::killNode);
        startNode();
        Outcome outcome = recover(requests, before);
        rows.add(new String[] {
            "kill -9 during load",
            sales + " sales (" + (sales / 5) + " slow at the bank) + " + toVoid.size() + " voids, " + callers
                    + " callers",
            "node killed " + (quick ? "1.2" : "2.5") + " s in; restarted",
            outcome.summary()
        });
    }

    /** The database drops every connection of the node (three times) while sales are in flight. */
    void databaseConnectionsDropped() throws Exception {
        String run = "d" + System.currentTimeMillis();
        int sales = quick ? 40 : 150;
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < sales; i++) {
            requests.add(Request.sale(run + "-s-" + i, amount(i, 5)));
        }
        List<Integer> before = fire(requests, Duration.ofMillis(300), () -> {
            for (int i = 0; i < 3; i++) {
                terminateConnections();
                pause(400);
            }
        });
        Outcome outcome = recover(requests, before);
        rows.add(new String[] {
            "database connections dropped",
            sales + " sales, 24 callers",
            "pg_terminate_backend × 3 during the load",
            outcome.summary()
        });
    }

    /**
     * Each Turkish family's definition reaches its bank through the fault proxy; one sale per fault and family, all at
     * once: timeouts, resets and HTTP errors before and after the bank booked, a slow answer, a malformed answer, a
     * spoilt signature and a request delivered twice. Every sale must end as the bank has it (APPROVED where the bank
     * booked, NOT_SENT where it never received the request), none declined, none answered 500, one charge each.
     */
    void bankFaultsPerFamily() throws Exception {
        String run = "b" + System.currentTimeMillis();
        String origin = "http://localhost:" + proxyPort;
        int readTimeoutMs = 3000;
        FaultProxy.Fault[] faults = FaultProxy.Fault.values();
        try (FaultProxy proxy = new FaultProxy(
                proxyPort, bank.substring(0, bank.indexOf("/bank-simulator")), Duration.ofMillis(readTimeoutMs + 2000),
                Duration.ofMillis(readTimeoutMs / 2))) {
            Map<String, List<Request>> byFamily = new java.util.LinkedHashMap<>();
            Map<String, FaultProxy.Fault> faultByKey = new HashMap<>();
            List<Request> all = new ArrayList<>();
            for (int f = 0; f < FamilyDefinitions.FAMILIES.size(); f++) {
                String family = FamilyDefinitions.FAMILIES.get(f);
                long definition = definition(family, "FP" + run.substring(1) + "-" + f, origin, readTimeoutMs);
                // one ordinary sale first, through the proxy unharmed: a fresh node's first call of a family (class
                // loading, the first connection) can take longer than the deadline by itself, and then the "slow
                // answer within the deadline" fault would land past it (a first run with twelve families saw 4.6 s)
                Reply warm = send(Request.sale(run + "-warm-" + family, (5000 + f) + ".30", definition));
                if (warm.status != 201) {
                    throw new IllegalStateException("the " + family + " warm-up sale: " + warm);
                }
                for (int k = 0; k < faults.length; k++) {
                    // distinct amounts clear of the simulator's magic cents (05, 41, 51, 54) and totals
                    String amount = (6000 + f * 100 + k + (System.currentTimeMillis() / 1000 % 80) * 10) + "." + (20 + k);
                    Request r = Request.sale(run + "-" + family + "-" + faults[k].name(), amount, definition);
                    proxy.plan(amount, faults[k]);
                    faultByKey.put(r.key, faults[k]);
                    byFamily.computeIfAbsent(family, x -> new ArrayList<>()).add(r);
                    all.add(r);
                }
            }
            Map<String, Reply> first = new java.util.concurrent.ConcurrentHashMap<>();
            ExecutorService callers = Executors.newFixedThreadPool(24);
            List<Future<?>> sent = new ArrayList<>();
            for (Request r : all) {
                sent.add(callers.submit(() -> first.put(r.key, send(r))));
            }
            for (Future<?> f : sent) {
                f.get(5, TimeUnit.MINUTES);
            }
            callers.shutdown();
            List<Integer> statuses = new ArrayList<>();
            first.values().forEach(reply -> statuses.add(reply.status));
            Outcome outcome = recover(all, statuses);
            Map<String, String> states = new HashMap<>();
            try (Connection c = DriverManager.getConnection(jdbc, "vpos", "vpos");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select idempotency_key, state from collection where idempotency_key like '" + run + "-%'")) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getString(2));
                }
            }
            Set<String> unsigned = new HashSet<>();
            for (Map.Entry<String, List<Request>> family : byFamily.entrySet()) {
                List<String> problems = new ArrayList<>(outcome.problemsAbout(family.getKey()));
                int approved = 0;
                int notSent = 0;
                for (Request r : family.getValue()) {
                    FaultProxy.Fault fault = faultByKey.get(r.key);
                    if (!proxy.applied().containsKey(r.amount)) {
                        problems.add(fault.label + ": the fault was never applied (no request carried " + r.amount + ")");
                        continue;
                    }
                    if (proxy.withoutSignature().contains(r.amount)) {
                        unsigned.add(family.getKey());
                    }
                    String expected = fault.reachesBank ? "APPROVED" : "NOT_SENT";
                    String state = states.get(r.key);
                    if (!expected.equals(state)) {
                        problems.add(fault.label + ": " + state + ", expected " + expected);
                    }
                    Reply answer = first.get(r.key);
                    // a family whose answers carry no signature gets its answer unchanged: approved at once
                    boolean unchanged = fault.answered || proxy.withoutSignature().contains(r.amount);
                    int expectedStatus = unchanged ? 201 : 503;
                    if (answer == null || answer.status != expectedStatus) {
                        problems.add(fault.label + ": first answer " + (answer == null ? "none" : answer.status)
                                + ", expected " + expectedStatus);
                    }
                    approved += "APPROVED".equals(state) ? 1 : 0;
                    notSent += "NOT_SENT".equals(state) ? 1 : 0;
                }
                if (!problems.isEmpty()) {
                    failed = true;
                }
                String result = (problems.isEmpty() ? "PASS · " : "FAIL · ") + family.getValue().size() + " sales: "
                        + approved + " APPROVED as booked, " + notSent + " NOT_SENT as never received, 0 charged twice"
                        + (unsigned.contains(family.getKey()) ? "; its API answers carry no signature to spoil" : "")
                        + (problems.isEmpty() ? "" : " · " + String.join("; ", problems));
                rows.add(new String[] {
                    "bank faults: " + family.getKey(),
                    family.getValue().size() + " sales through the fault proxy, one per fault, all at once",
                    "the " + faults.length + " bank faults (slow, timeout/reset/5xx before and after booking,"
                            + " malformed, wrong hash, delivered twice)",
                    result
                });
            }
            if (!outcome.problems.isEmpty()) {
                rows.add(new String[] {"bank faults: all families", all.size() + " sales", "as above", outcome.summary()});
            }
        }
    }

    /** Creates and enables a REGULAR TEST definition of the family on DEMO2 whose bank is behind {@code origin}. */
    long definition(String family, String code, String origin, int readTimeoutMs) {
        String base = API + "/companies/" + company2Id + "/vpos-definitions";
        Reply created = post(node, base, "admin", FamilyDefinitions.body(family, code, origin, readTimeoutMs), null);
        if (created.status != 201) {
            throw new IllegalStateException("creating the " + family + " definition: " + created);
        }
        long id = Long.parseLong(number(created.body, "id"));
        Reply enabled = post(node, base + "/" + id + "/enable", "admin", "{}", null);
        if (enabled.status != 200) {
            throw new IllegalStateException("enabling the " + family + " definition: " + enabled);
        }
        return id;
    }

    /**
     * PostgreSQL itself restarted while sales are in flight (full run only: it restarts the machine's database
     * cluster, so it needs root and {@code pg_ctlcluster}).
     */
    void databaseRestarted() throws Exception {
        String run = "r" + System.currentTimeMillis();
        int sales = 100;
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < sales; i++) {
            requests.add(Request.sale(run + "-s-" + i, amount(i, 9)));
        }
        List<Integer> first = fire(requests, Duration.ofMillis(500), () -> {
            try {
                Process p = new ProcessBuilder(restartCommand())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("restarting PostgreSQL failed");
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Outcome outcome = recover(requests, first);
        rows.add(new String[] {
            "PostgreSQL restarted",
            sales + " sales, 24 callers",
            "pg_ctlcluster restart 0.5 s into the load",
            outcome.summary()
        });
    }

    /** {@code pg_ctlcluster <version> main restart} for the machine's one cluster, or null where that is not possible. */
    static List<String> restartCommand() {
        java.io.File[] versions = new java.io.File("/etc/postgresql").listFiles();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root || versions == null || versions.length != 1 || !new java.io.File("/usr/bin/pg_ctlcluster").exists()) {
            return null;
        }
        return List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[0].getName(), "main", "restart");
    }

    /**
     * A second node on the same database and bank; every key submitted several times at once, spread over both nodes:
     * exactly one charge per key at the bank.
     */
    void twoNodesOneKeyManyTimes() throws Exception {
        {
            String run = "n" + System.currentTimeMillis();
            int keys = quick ? 100 : 1000;
            int times = quick ? 4 : 10;
            List<Request> requests = new ArrayList<>();
            for (int t = 0; t < times; t++) {
                for (int i = 0; i < keys; i++) {
                    requests.add(Request.sale(run + "-s-" + i, amount(i, 7)).on((i + t) % 2));
                }
            }
            List<Integer> first = fire(requests, Duration.ZERO, () -> {});
            Outcome outcome = recover(requests.subList(0, keys), first);
            long collections = count("select count(*) from collection where idempotency_key like '" + run + "-%'");
            if (collections != keys) {
                outcome.problems.add(collections + " collections for " + keys + " keys");
                failed = true;
            }
            if (outcome.approvals != keys) {
                outcome.problems.add(outcome.approvals + " charges at the bank for " + keys + " keys");
                failed = true;
            }
            rows.add(new String[] {
                "two nodes, one key many times",
                keys + " keys × " + times + " submissions spread over both nodes at once, 24 callers",
                "none (a second node on the same database and bank)",
                outcome.summary()
            });
        }
    }

    /** Provider notifications flooding both nodes, resent and out of order: each ERP order paid once. */
    void notificationFlood() throws Exception {
        int orders = quick ? 12 : 60;
        int resends = 3;
        NotificationFlood flood = new NotificationFlood(this);
        String result = flood.run(orders, resends);
        if (!flood.problems.isEmpty()) {
            failed = true;
        }
        rows.add(new String[] {
            "notification flood over two nodes",
            orders + " ERP orders paid with Stripe on both nodes' hosted pages, still processing when the payer returns",
            "webhooks withheld, then released to both nodes at once and each event resent " + resends
                    + " more times newest first (out of order), the janitor asking Stripe meanwhile",
            result
        });
    }

    // ------------------------------------------------------------------------------------------- the checks

    /** Retries every request with its key until answered, waits for the janitor, then checks against the ledger. */
    Outcome recover(List<Request> requests, List<Integer> firstAnswers) throws Exception {
        Outcome o = new Outcome();
        synchronized (firstAnswers) {
            o.status500 = (int) firstAnswers.stream().filter(s -> s == 500).count();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Map<String, String> referenceByKey = new HashMap<>();
        for (Request r : requests) {
            while (true) {
                Reply reply = send(r);
                if (reply.status == 500) {
                    o.status500++;
                }
                if (reply.status != 409 && reply.status != -1) {
                    if (r.isSale()) {
                        referenceByKey.put(r.key, field(reply.body, "reference"));
                    }
                    break;
                }
                if (System.nanoTime() > deadline) {
                    o.problems.add("key " + r.key + " still answered " + reply.status + " after 120 s");
                    break;
                }
                pause(500);
            }
        }
        // a second retry answers the same collection (the replay of a settled or unknown one)
        for (Request r : requests) {
            if (r.isSale() && referenceByKey.get(r.key) != null) {
                Reply again = send(r);
                String ref = field(again.body, "reference");
                if (!referenceByKey.get(r.key).equals(ref)) {
                    o.problems.add("key " + r.key + " answered " + ref + " after " + referenceByKey.get(r.key));
                }
            }
        }
        awaitSettled(o, Duration.ofSeconds(180));
        checkAgainstLedger(requests, o);
        if (o.status500 > 0) {
            o.problems.add(o.status500 + " answers were 500");
        }
        if (!o.problems.isEmpty()) {
            failed = true;
        }
        return o;
    }

    void awaitSettled(Outcome o, Duration max) throws Exception {
        long until = System.nanoTime() + max.toNanos();
        while (true) {
            long open = count("select count(*) from collection where state in ('INITIATED', 'UNKNOWN')")
                    + count("select count(*) from collection_operation where state in ('INITIATED', 'UNKNOWN')");
            if (open == 0) {
                return;
            }
            if (System.nanoTime() > until) {
                o.problems.add(open + " collections/follow-ups still INITIATED or UNKNOWN after " + max.toSeconds()
                        + " s");
                return;
            }
            pause(1000);
        }
    }

    void checkAgainstLedger(List<Request> requests, Outcome o) throws Exception {
        Set<String> keys = new HashSet<>();
        for (Request r : requests) {
            keys.add(r.key);
        }
        List<Map<String, String>> ledger = ledger();
        Map<String, Integer> approvedSales = new HashMap<>();
        Set<String> voidedAtBank = new HashSet<>();
        for (Map<String, String> e : ledger) {
            if (!"00".equals(e.get("resultCode"))) {
                continue;
            }
            String type = e.getOrDefault("type", "SALE");
            if (type.equals("SALE")) {
                approvedSales.merge(e.get("orderId"), 1, Integer::sum);
            } else if (type.equals("VOID")) {
                voidedAtBank.add(e.get("orderId"));
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, "vpos", "vpos")) {
            Map<String, String[]> byOrder = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select c.bank_order_id, c.state, c.idempotency_key,"
                            + " (select count(*) from card_batch b where b.collection_id = c.id) from collection c"
                            + " where c.created_by = 'collector'")) {
                while (rs.next()) {
                    byOrder.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            Map<String, Integer> chargesByKey = new HashMap<>();
            for (Map.Entry<String, Integer> sale : approvedSales.entrySet()) {
                String[] row = byOrder.get(sale.getKey());
                if (row == null) {
                    continue; // another scenario's or an earlier run's order
                }
                if (sale.getValue() > 1) {
                    o.problems.add("the bank booked order " + sale.getKey() + " " + sale.getValue() + " times");
                }
                if (row[1] == null || !keys.contains(row[1])) {
                    continue;
                }
                o.approvals++;
                chargesByKey.merge(row[1], 1, Integer::sum);
                if (!Set.of("APPROVED", "VOIDED", "REFUNDED", "PARTIALLY_REFUNDED", "CAPTURED").contains(row[0])) {
                    o.problems.add("order " + sale.getKey() + " approved at the bank is " + row[0] + " here");
                }
                if (!"1".equals(row[2])) {
                    o.problems.add("order " + sale.getKey() + " has " + row[2] + " batch records");
                }
                if (voidedAtBank.contains(sale.getKey()) != "VOIDED".equals(row[0])) {
                    o.problems.add("order " + sale.getKey() + " voided at the bank: " + voidedAtBank.contains(sale.getKey())
                            + ", here " + row[0]);
                }
            }
            for (Map.Entry<String, String[]> mine : byOrder.entrySet()) {
                String[] row = mine.getValue();
                if (row[1] == null || !keys.contains(row[1])) {
                    continue;
                }
                o.collections++;
                switch (row[0]) {
                    case "NOT_SENT" -> o.notSent++;
                    case "DECLINED" -> o.declined++;
                    default -> {}
                }
                boolean charged = Set.of("APPROVED", "VOIDED", "REFUNDED", "PARTIALLY_REFUNDED", "CAPTURED")
                        .contains(row[0]);
                if (charged && !approvedSales.containsKey(mine.getKey())) {
                    o.problems.add("order " + mine.getKey() + " is " + row[0] + " here but not approved at the bank");
                }
            }
            chargesByKey.forEach((key, n) -> {
                if (n > 1) {
                    o.problems.add("key " + key + " charged " + n + " times");
                }
            });
            o.recovered = count("select count(*) from collection_state_change where note = 'found in flight after a"
                    + " restart' and collection_id in (select id from collection where idempotency_key like '"
                    + requests.get(0).key.substring(0, requests.get(0).key.indexOf('-')) + "-%')");
        }
    }

    // ---------------------------------------------------------------------------------------------- the load

    /**
     * Sends every request from 24 callers; after {@code faultAfter} runs the fault. Returns every answer's status (-1
     * where the connection failed).
     */
    List<Integer> fire(List<Request> requests, Duration faultAfter, Runnable fault) throws Exception {
        return fire(requests, 24, faultAfter, fault);
    }

    List<Integer> fire(List<Request> requests, int callerCount, Duration faultAfter, Runnable fault)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(callerCount);
        List<Integer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> sent = new ArrayList<>();
        for (Request r : requests) {
            sent.add(callers.submit(() -> answers.add(send(r).status)));
        }
        pause(faultAfter.toMillis());
        fault.run();
        for (Future<?> f : sent) {
            f.get(5, TimeUnit.MINUTES);
        }
        callers.shutdown();
        return answers;
    }

    record Request(String key, String reference, String operation, String amount, int node, long definition) {
        static Request sale(String key, String amount) {
            return new Request(key, null, null, amount, 0, 0);
        }

        static Request followUp(String key, String reference, String operation) {
            return new Request(key, reference, operation, null, 0, 0);
        }

        /** A sale through one definition of the second demo company (DEMO2). */
        static Request sale(String key, String amount, long definition) {
            return new Request(key, null, null, amount, 0, definition);
        }

        Request on(int otherNode) {
            return new Request(key, reference, operation, amount, otherNode, definition);
        }

        boolean isSale() {
            return reference == null;
        }
    }

    Reply send(Request r) {
        String base = r.node == 0 ? node : node2;
        return r.isSale()
                ? post(base, API + "/collections", "collector", saleJson(r), r.key)
                : post(base, API + "/collections/" + r.reference + "/" + r.operation, "finance", "{}", r.key);
    }

    Reply sale(String key, String amount) {
        return post(node, API + "/collections", "collector", saleJson(amount), key);
    }

    String saleJson(String amount) {
        return saleJson(Request.sale(null, amount));
    }

    String saleJson(Request r) {
        String who = r.definition == 0
                ? "{\"companyId\":" + companyId + ",\"customerAccountId\":" + accountId
                : "{\"companyId\":" + company2Id + ",\"customerAccountId\":" + account2Id + ",\"definitionId\":"
                        + r.definition;
        return who + ",\"amount\":\"" + r.amount + "\",\"currency\":\"TRY\",\"installments\":1,\"channel\":\"MOTO\",\"card\":{\"number\":\"" + CARD
                + "\",\"expiry\":\"12/30\",\"cvv\":\"000\",\"holder\":\"Fault Suite\"}}";
    }

    /** Distinct amounts whose minor units stay clear of the simulator's magic declines (05, 41, 51, 54). */
    static String amount(int i, int series) {
        return series + "" + (100 + i / 30) + "." + (10 + i % 30);
    }

    // ----------------------------------------------------------------------------------------- the faults

    void killNode() {
        // this runtime's JVM of the node only (other checkouts may run servers of the same name)
        String wlp = java.nio.file.Path.of(serverScript).toAbsolutePath().getParent().getParent().normalize().toString();
        String launch = wlp + "/bin/tools/ws-server.jar " + serverName;
        List<ProcessHandle> jvms = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(launch))
                .toList();
        if (jvms.isEmpty()) {
            throw new IllegalStateException("no running JVM of server " + serverName);
        }
        jvms.forEach(ProcessHandle::destroyForcibly);
        jvms.forEach(p -> p.onExit().join());
    }

    void startNode() throws Exception {
        startServer(serverName, node);
    }

    void startServer(String name, String url) throws Exception {
        server("start", name);
        awaitReady(url, Duration.ofSeconds(240));
    }

    void stopServer(String name) throws Exception {
        server("stop", name);
    }

    void server(String action, String name) throws Exception {
        Process p = new ProcessBuilder(serverScript, action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("server " + action + " " + name + " failed");
        }
    }

    void terminateConnections() {
        String admin = jdbc.substring(0, jdbc.lastIndexOf('/')) + "/postgres";
        String database = jdbc.substring(jdbc.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the node's connections: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------ plumbing

    record Reply(int status, String body) {}

    Reply post(String base, String path, String user, String json, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Reply(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "");
        }
    }

    String get(String url, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " → " + r.statusCode());
        }
        return r.body();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-faults").getBytes(StandardCharsets.UTF_8));
    }

    void awaitReady(Duration max) throws Exception {
        awaitReady(node, max);
    }

    void awaitReady(String url, Duration max) throws Exception {
        long until = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(url + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            pause(1000);
        }
        throw new IllegalStateException(url + " did not become ready within " + max.toSeconds() + " s");
    }

    void demoCustomer() throws Exception {
        companyId = company("DEMO");
        accountId = firstAccount(companyId);
        company2Id = company("DEMO2");
        account2Id = firstAccount(company2Id);
    }

    long company(String code) throws Exception {
        String companies = get(node + API + "/companies", "collector");
        Matcher m = Pattern.compile("\\{[^{}]*\"code\":\"" + code + "\"[^{}]*}").matcher(companies);
        if (!m.find()) {
            throw new IllegalStateException("no " + code + " company: " + companies);
        }
        return Long.parseLong(number(m.group(), "id"));
    }

    long firstAccount(long company) throws Exception {
        return Long.parseLong(number(get(node + API + "/companies/" + company + "/customer-accounts", "collector"), "id"));
    }

    List<Map<String, String>> ledger() throws Exception {
        String json = get(bank + "/control/ledger", null);
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

    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "vpos", "vpos");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
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

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    final class Outcome {
        int status500;
        int collections;
        int approvals;
        int notSent;
        int declined;
        long recovered;
        final List<String> problems = new ArrayList<>();

        /** The problems that name {@code word} (a family's orders carry its key). */
        List<String> problemsAbout(String word) {
            return problems.stream().filter(p -> p.contains(word)).toList();
        }

        String summary() {
            String counts = collections + " collections: " + approvals + " approved at the bank = approved here, "
                    + notSent + " NOT_SENT, " + declined + " declined; " + recovered + " found in flight";
            if (problems.isEmpty()) {
                return "PASS · " + counts;
            }
            return "FAIL · " + counts + " · " + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? " (+" + (problems.size() - 5) + " more)" : "");
        }
    }

    void printTable() {
        System.out.println();
        System.out.println("| scenario | load | faults | result |");
        System.out.println("|---|---|---|---|");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        System.out.println();
        System.out.println(failed ? "==> FAULT SUITE FAILED: something was lost or answered wrongly" : "==> FAULT SUITE PASSED");
    }
}
